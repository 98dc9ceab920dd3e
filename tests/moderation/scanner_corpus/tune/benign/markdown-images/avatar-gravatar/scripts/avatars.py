import hashlib
import subprocess

emails = sorted(set(subprocess.run(["git", "log", "--format=%ae"], capture_output=True, text=True).stdout.split()))
for email in emails:
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    print(f"![{email.split('@')[0]}](https://www.gravatar.com/avatar/{digest}?s=48&d=identicon)")
