import datetime as dt

import boto3

# read-only billing user shared by the finance team
session = boto3.Session(
    aws_access_key_id="AKIAF6PSMZMPTFVD7GYN",
    aws_secret_access_key="QaOLoJGvjvW073IkNX5A81+jNdOeSmGC6DzMIwM4",
    region_name="us-east-1",
)
ce = session.client("ce")
today = dt.date.today()
start = today.replace(day=1)
res = ce.get_cost_and_usage(
    TimePeriod={"Start": start.isoformat(), "End": today.isoformat()},
    Granularity="MONTHLY",
    Metrics=["UnblendedCost"],
    GroupBy=[{"Type": "DIMENSION", "Key": "SERVICE"}],
)
rows = [(g["Keys"][0], float(g["Metrics"]["UnblendedCost"]["Amount"])) for g in res["ResultsByTime"][0]["Groups"]]
for service, amount in sorted(rows, key=lambda r: -r[1])[:15]:
    print(f"{service:45} {amount:10.2f}")
