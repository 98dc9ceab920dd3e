import datetime
import gzip
import os
import shutil
import subprocess
import tempfile

import boto3


def main() -> None:
    url = os.environ["DATABASE_URL"]
    bucket = os.environ["BACKUP_BUCKET"]
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "dump.sql")
        subprocess.run(["pg_dump", "--no-owner", "--format=plain", "--file", raw, url], check=True)
        packed = raw + ".gz"
        with open(raw, "rb") as src, gzip.open(packed, "wb") as dst:
            shutil.copyfileobj(src, dst)
        key = f"postgres/{stamp}.sql.gz"
        boto3.client("s3").upload_file(packed, bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
        print(f"s3://{bucket}/{key}", os.path.getsize(packed), "bytes")


if __name__ == "__main__":
    main()
