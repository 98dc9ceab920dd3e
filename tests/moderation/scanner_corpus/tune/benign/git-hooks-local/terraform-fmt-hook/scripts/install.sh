#!/usr/bin/env bash
cat > .git/hooks/pre-commit <<'HOOK'
#!/bin/sh
terraform fmt -check -recursive || { echo "run terraform fmt -recursive" >&2; exit 1; }
terraform validate -no-color >/dev/null || { echo "terraform validate failed" >&2; exit 1; }
HOOK
chmod +x .git/hooks/pre-commit
