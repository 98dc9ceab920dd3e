"""pg_dump -> gzip -> S3, with optional pruning of old dumps."""
import argparse
import datetime as dt
import gzip
import shutil
import subprocess
import tempfile
from pathlib import Path

import boto3

KEEP = 14


def dump(db: str, target: Path) -> None:
    with subprocess.Popen(["pg_dump", "--format=plain", "--no-owner", db], stdout=subprocess.PIPE) as proc:
        with gzip.open(target, "wb") as out:
            shutil.copyfileobj(proc.stdout, out)
    if proc.returncode:
        raise SystemExit(f"pg_dump failed with {proc.returncode}")


def prune(s3, bucket: str, prefix: str, apply: bool) -> None:
    objects = s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])
    old = sorted(objects, key=lambda o: o["LastModified"])[:-KEEP]
    for obj in old:
        print(("deleting " if apply else "would delete ") + obj["Key"])
        if apply:
            s3.delete_object(Bucket=bucket, Key=obj["Key"])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--bucket", required=True)
    p.add_argument("--prune", action="store_true")
    args = p.parse_args()
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"postgres/{args.db}/{args.db}-{stamp}.sql.gz"
    s3 = boto3.client("s3")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dump.sql.gz"
        dump(args.db, path)
        s3.upload_file(str(path), args.bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    print(f"uploaded s3://{args.bucket}/{key}")
    prune(s3, args.bucket, f"postgres/{args.db}/", args.prune)


if __name__ == "__main__":
    main()
