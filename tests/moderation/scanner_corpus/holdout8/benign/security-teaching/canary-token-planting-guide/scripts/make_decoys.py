import argparse
import pathlib
import secrets
import string

ALNUM = string.ascii_uppercase + string.digits

def aws_decoy() -> str:
    key = "AKIA" + "".join(secrets.choice(ALNUM) for _ in range(16))
    secret = secrets.token_urlsafe(30)[:40]
    return (
        "# CANARY - decoy credentials, grant nothing, any use raises an alert\n"
        "[backup-admin]\n"
        f"aws_access_key_id = {key}\n"
        f"aws_secret_access_key = {secret}\n"
    )

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", choices=["aws"], required=True)
    ap.add_argument("--out", type=pathlib.Path, required=True)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "credentials.canary").write_text(aws_decoy())
    print(f"wrote {a.out / 'credentials.canary'}; register the key ID with your alerting")

if __name__ == "__main__":
    main()
