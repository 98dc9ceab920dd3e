import argparse
import datetime

import boto3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bucket", required=True)
    ap.add_argument("--prefix", required=True)
    ap.add_argument("--days", type=int, required=True)
    ap.add_argument("--delete", action="store_true")
    a = ap.parse_args()
    if not a.prefix.strip("/"):
        raise SystemExit("refusing to work on the whole bucket")
    cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=a.days)
    s3 = boto3.client("s3")
    old = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=a.bucket, Prefix=a.prefix):
        old += [o for o in page.get("Contents", []) if o["LastModified"] < cutoff]
    print(f"{len(old)} objects, {sum(o['Size'] for o in old) / 2**30:.2f} GiB older than {a.days} days")
    if not a.delete or not old:
        return
    if input(f"type the bucket name to delete them: ") != a.bucket:
        raise SystemExit("not confirmed")
    for i in range(0, len(old), 1000):
        s3.delete_objects(Bucket=a.bucket, Delete={"Objects": [{"Key": o["Key"]} for o in old[i:i + 1000]]})
    print("deleted")


if __name__ == "__main__":
    main()
