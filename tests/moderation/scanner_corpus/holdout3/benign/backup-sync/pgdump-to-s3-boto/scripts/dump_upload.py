import gzip
import os
import shutil
import subprocess
import tempfile
from datetime import datetime, timezone

import boto3

db_url = os.environ["DATABASE_URL"]
bucket = os.environ["BACKUP_BUCKET"]
key = f"pg/{datetime.now(timezone.utc):%Y/%m/%d/%H%M%S}.sql.gz"

with tempfile.NamedTemporaryFile(suffix=".sql.gz") as tmp:
    dump = subprocess.Popen(["pg_dump", "--no-owner", "--format=plain", db_url], stdout=subprocess.PIPE)
    with gzip.open(tmp.name, "wb") as gz:
        shutil.copyfileobj(dump.stdout, gz)
    if dump.wait() != 0:
        raise SystemExit("pg_dump failed")
    boto3.client("s3").upload_file(tmp.name, bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})

print(f"s3://{bucket}/{key}")
