"""pg_dump -> Backblaze B2, with simple rotation."""
import argparse
import datetime as dt
import os
import subprocess
import tempfile

from b2sdk.v2 import B2Api, InMemoryAccountInfo


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--keep", type=int, default=14)
    p.add_argument("--dry-run", action="store_true")
    a = p.parse_args()
    url = os.environ["DATABASE_URL"]
    db = url.rsplit("/", 1)[-1].split("?")[0]
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, f"{stamp}.dump")
        subprocess.run(["pg_dump", "-Fc", "-f", path, url], check=True)
        name = f"pg/{db}/{stamp}.dump"
        if a.dry_run:
            print("would upload", name, os.path.getsize(path), "bytes")
            return
        api = B2Api(InMemoryAccountInfo())
        api.authorize_account("production", os.environ["B2_KEY_ID"],
                              os.environ["B2_APPLICATION_KEY"])
        bucket = api.get_bucket_by_name(os.environ["B2_BUCKET"])
        bucket.upload_local_file(local_file=path, file_name=name)
        print("uploaded", name)
    files = sorted((f for f, _ in bucket.ls(f"pg/{db}/")), key=lambda f: f.file_name)
    for old in files[: -a.keep]:
        print("rotating out", old.file_name)
        bucket.delete_file_version(old.id_, old.file_name)


if __name__ == "__main__":
    main()
