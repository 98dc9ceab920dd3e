"""Run terraform with AWS credentials leased from Vault for one command."""
import argparse
import json
import os
import subprocess
import sys

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.example.internal:8200")


def vault(*args: str) -> dict:
    out = subprocess.run(["vault", *args, "-format=json"], check=True, capture_output=True,
                         text=True, env={**os.environ, "VAULT_ADDR": VAULT_ADDR}).stdout
    return json.loads(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--role", required=True)
    ap.add_argument("tf_args", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    tf_args = [a for a in args.tf_args if a != "--"]
    try:
        vault("token", "lookup")
    except subprocess.CalledProcessError:
        subprocess.run(["vault", "login", "-method=oidc"], check=True,
                       env={**os.environ, "VAULT_ADDR": VAULT_ADDR})
    lease = vault("read", f"aws/sts/{args.role}", "ttl=15m")
    creds = lease["data"]
    env = {**os.environ,
           "AWS_ACCESS_KEY_ID": creds["access_key"],
           "AWS_SECRET_ACCESS_KEY": creds["secret_key"],
           "AWS_SESSION_TOKEN": creds["security_token"]}
    try:
        return subprocess.run(["terraform", *tf_args], env=env).returncode
    finally:
        if lease.get("lease_id"):
            subprocess.run(["vault", "lease", "revoke", lease["lease_id"]],
                           env={**os.environ, "VAULT_ADDR": VAULT_ADDR}, capture_output=True)
        print("lease revoked", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
