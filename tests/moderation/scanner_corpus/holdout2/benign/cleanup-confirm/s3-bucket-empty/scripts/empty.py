import sys

import boto3

name = sys.argv[1]
bucket = boto3.resource("s3").Bucket(name)
count = sum(1 for _ in bucket.objects.all())
print(f"{name}: {count} objects")
if input(f"Type the bucket name to delete all {count} objects: ") != name:
    raise SystemExit("not confirmed; nothing deleted")
bucket.objects.all().delete()
print("emptied")
