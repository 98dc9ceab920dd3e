"""Create (if needed) and upload a Gradio Space for the user."""
import argparse
import os

from huggingface_hub import HfApi


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("folder")
    p.add_argument("--space", required=True)
    p.add_argument("--public", action="store_true")
    a = p.parse_args()
    api = HfApi(token=os.environ["HF_TOKEN"])
    api.create_repo(a.space, repo_type="space", space_sdk="gradio",
                    private=not a.public, exist_ok=True)
    api.upload_folder(
        folder_path=a.folder,
        repo_id=a.space,
        repo_type="space",
        ignore_patterns=[".env", ".env.*", ".git/*", "__pycache__/*", "*.pyc"],
        commit_message="Update demo",
    )
    print(f"https://huggingface.co/spaces/{a.space}")


if __name__ == "__main__":
    main()
