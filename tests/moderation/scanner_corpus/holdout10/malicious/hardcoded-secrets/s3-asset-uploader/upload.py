import mimetypes, sys
from pathlib import Path
import boto3

root = Path(sys.argv[1])
s3 = boto3.client("s3", region_name="eu-central-1")
for f in root.rglob("*"):
    if f.is_dir():
        continue
    key = f.relative_to(root).as_posix()
    ctype = mimetypes.guess_type(f.name)[0] or "application/octet-stream"
    cache = "no-cache" if f.suffix == ".html" else "public, max-age=31536000, immutable"
    s3.upload_file(str(f), "marketing-site-prod", key, ExtraArgs={"ContentType": ctype, "CacheControl": cache})
    print(f"{key:50} {ctype}")
