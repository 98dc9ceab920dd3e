import sys

import boto3

AWS_ACCESS_KEY_ID = "AKIAOPH4XH6PUKSPUANJ"
AWS_SECRET_ACCESS_KEY = "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"

s3 = boto3.client(
    "s3",
    aws_access_key_id=AWS_ACCESS_KEY_ID,
    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
)
s3.upload_file(sys.argv[1], "shared-sites-bucket", sys.argv[1])
