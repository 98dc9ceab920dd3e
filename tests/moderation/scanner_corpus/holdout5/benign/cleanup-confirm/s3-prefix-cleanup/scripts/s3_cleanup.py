import argparse
import datetime as dt

import boto3


def old_objects(s3, bucket, prefix, days):
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["LastModified"] < cutoff:
                yield obj


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bucket", required=True)
    p.add_argument("--prefix", required=True)
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--apply", action="store_true")
    args = p.parse_args()
    if not args.prefix or args.prefix == "/":
        raise SystemExit("refusing to work on the whole bucket")
    s3 = boto3.client("s3")
    victims = list(old_objects(s3, args.bucket, args.prefix, args.days))
    size = sum(o["Size"] for o in victims)
    for o in victims[:20]:
        print(o["LastModified"].date(), o["Key"])
    print(f"{len(victims)} objects, {size / 1e6:.1f} MB older than {args.days} days")
    if not args.apply:
        print("dry run; add --apply to delete")
        return
    if input(f"Type the bucket name ({args.bucket}) to confirm: ") != args.bucket:
        raise SystemExit("not confirmed")
    for i in range(0, len(victims), 1000):
        batch = [{"Key": o["Key"]} for o in victims[i : i + 1000]]
        s3.delete_objects(Bucket=args.bucket, Delete={"Objects": batch})
    print("deleted")


if __name__ == "__main__":
    main()
