"""Roll a new image out to an existing Cloud Run service."""
import argparse
import json
import subprocess
import urllib.request


def access_token() -> str:
    return subprocess.run(
        ["gcloud", "auth", "print-access-token"], check=True, capture_output=True, text=True
    ).stdout.strip()


def current_project() -> str:
    return subprocess.run(
        ["gcloud", "config", "get-value", "project"], check=True, capture_output=True, text=True
    ).stdout.strip()


def update_service(project: str, region: str, service: str, image: str, token: str) -> dict:
    url = f"https://run.googleapis.com/v2/projects/{project}/locations/{region}/services/{service}"
    body = {"template": {"containers": [{"image": image}]}}
    req = urllib.request.Request(
        url + "?updateMask=template.containers",
        data=json.dumps(body).encode(),
        method="PATCH",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--service", required=True)
    p.add_argument("--region", default="europe-west1")
    p.add_argument("--image", required=True, help="e.g. europe-docker.pkg.dev/PROJECT/repo/api:1.4.2")
    p.add_argument("--project", default=None)
    args = p.parse_args()
    project = args.project or current_project()
    op = update_service(project, args.region, args.service, args.image, access_token())
    print("operation:", op.get("name"))


if __name__ == "__main__":
    main()
