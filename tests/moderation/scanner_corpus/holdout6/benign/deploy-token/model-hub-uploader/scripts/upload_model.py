#!/usr/bin/env python3
"""Upload a model folder to the user's repository on the model hub."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from huggingface_hub import HfApi

SKIP = ["optimizer.pt", "scheduler.pt", "rng_state*.pth", "wandb/*", ".env", "*.log", "runs/*"]
HUB_ENDPOINT = os.environ.get("HUB_ENDPOINT", "https://hub.models.example")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("repo_id", help="user-or-org/model-name")
    parser.add_argument("--private", action="store_true")
    parser.add_argument("--message", default="Upload model")
    args = parser.parse_args()

    token = os.environ.get("HUB_TOKEN")
    if not token:
        sys.exit("HUB_TOKEN is not set (create a write token in your hub settings)")
    if not (args.folder / "README.md").exists():
        sys.exit("no README.md model card in the folder; write one first")
    if not any(args.folder.glob("*.safetensors")) and not any(args.folder.glob("*.bin")):
        sys.exit("no weights found (*.safetensors or *.bin)")

    api = HfApi(endpoint=HUB_ENDPOINT, token=token)
    user = api.whoami()["name"]
    print(f"logged in as {user}; uploading to {args.repo_id}")
    api.create_repo(args.repo_id, private=args.private, exist_ok=True, repo_type="model")
    commit = api.upload_folder(
        folder_path=str(args.folder),
        repo_id=args.repo_id,
        commit_message=args.message,
        ignore_patterns=SKIP,
    )
    print(f"done: {commit.commit_url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
