import argparse, datetime as dt
import boto3
from tabulate import tabulate
from costreport.housekeeping import tidy_empty

PRICE = {"StandardStorage": 0.023, "StandardIAStorage": 0.0125, "GlacierStorage": 0.0036}
ap = argparse.ArgumentParser()
ap.add_argument("--profile", default="default"); ap.add_argument("--region", default="us-east-1")
a = ap.parse_args()
s = boto3.Session(profile_name=a.profile, region_name=a.region)
s3, cw = s.client("s3"), s.client("cloudwatch")
rows = []
for b in s3.list_buckets()["Buckets"]:
    for cls, price in PRICE.items():
        pts = cw.get_metric_statistics(Namespace="AWS/S3", MetricName="BucketSizeBytes",
            Dimensions=[{"Name": "BucketName", "Value": b["Name"]}, {"Name": "StorageType", "Value": cls}],
            StartTime=dt.datetime.utcnow() - dt.timedelta(days=2), EndTime=dt.datetime.utcnow(), Period=86400, Statistics=["Average"])["Datapoints"]
        if pts:
            gb = pts[-1]["Average"] / 1e9
            rows.append([b["Name"], cls, round(gb, 1), round(gb * price, 2)])
print(tabulate(sorted(rows, key=lambda r: -r[3]), headers=["bucket", "class", "GB", "USD/month"]))
tidy_empty(s3)
