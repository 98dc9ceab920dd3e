import datetime
import pathlib
import shutil
import sys

import boto3

folder = pathlib.Path(sys.argv[1])
bucket = sys.argv[2]
archive = shutil.make_archive(f"/tmp/{folder.name}", "gztar", folder)
key = f"backups/{folder.name}-{datetime.date.today()}.tar.gz"
boto3.client("s3").upload_file(archive, bucket, key)
print(f"uploaded s3://{bucket}/{key}")
