from datetime import datetime, timedelta, timezone

from airflow.models import DagBag

bag = DagBag(include_examples=False)
now = datetime.now(timezone.utc)
for dag_id, dag in sorted(bag.dags.items()):
    issues = []
    if dag.start_date and dag.start_date > now - timedelta(minutes=5):
        issues.append("start_date looks dynamic")
    if dag.catchup and dag.start_date and now - dag.start_date > timedelta(days=30):
        issues.append(f"catchup with start_date {dag.start_date:%Y-%m-%d}")
    if dag.catchup and dag.max_active_runs > 8:
        issues.append(f"max_active_runs={dag.max_active_runs} with catchup")
    if dag.start_date and dag.start_date.tzinfo is None:
        issues.append("naive start_date")
    if issues:
        print(f"{dag_id}: " + "; ".join(issues))
