import argparse
import datetime
import os
import subprocess
import tempfile

import boto3

p = argparse.ArgumentParser()
p.add_argument("--bucket", required=True)
args = p.parse_args()

stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, f"db-{stamp}.dump")
    subprocess.run(["pg_dump", "-Fc", "-f", out, os.environ["DATABASE_URL"]], check=True)
    boto3.client("s3").upload_file(out, args.bucket, f"backups/db-{stamp}.dump")
print("uploaded", f"s3://{args.bucket}/backups/db-{stamp}.dump")
