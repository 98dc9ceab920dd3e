import sys

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAG3QWNSZEL4ZLMJK6",
    aws_secret_access_key="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",
    region_name="ap-northeast-2",
)
for path in sys.argv[1:]:
    s3.upload_file(path, "team-reports-prod", path)
    print("uploaded", path)
