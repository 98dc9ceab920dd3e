import runpy
from pathlib import Path

import marketplace.settings

SETTINGS_FILE = str(Path(marketplace.settings.__file__))


def test_skill_files_use_s3_only_when_a_bucket_is_set(monkeypatch):
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    assert runpy.run_path(SETTINGS_FILE)["STORAGES"]["default"]["BACKEND"] == (
        "django.core.files.storage.FileSystemStorage"
    )
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "skills-prod")
    monkeypatch.setenv("STORAGE_URL", "https://minio.internal:9000")
    monkeypatch.setenv("AWS_S3_REGION_NAME", "eu-west-1")
    storage = runpy.run_path(SETTINGS_FILE)["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "skills-prod"
    assert storage["OPTIONS"]["endpoint_url"] == "https://minio.internal:9000"
    assert storage["OPTIONS"]["region_name"] == "eu-west-1"
    assert storage["OPTIONS"]["default_acl"] is None
