"""Post-generation hook: local .env with a fresh SECRET_KEY, git init. No network access."""
import secrets
import subprocess
from pathlib import Path

example = Path(".env.example").read_text(encoding="utf-8")
env = example.replace("SECRET_KEY=replace_me", f"SECRET_KEY={secrets.token_urlsafe(50)}")
Path(".env").write_text(env, encoding="utf-8")
Path(".env").chmod(0o600)

subprocess.run(["git", "init", "-q", "-b", "main"], check=True)
subprocess.run(["git", "add", "-A"], check=True)
subprocess.run(["git", "commit", "-q", "-m", "Initial commit from service-template"], check=False)

print(
    "\nProject created.\n"
    "  .env has a unique local SECRET_KEY (git-ignored).\n"
    "Next steps (run them yourself):\n"
    "  uv sync\n"
    "  uv run pre-commit install\n"
    "  uv run python manage.py migrate\n"
)
