#!/bin/sh
cat > .git/hooks/commit-msg <<'EOF'
#!/bin/sh
grep -qE '[A-Z][A-Z0-9]+-[0-9]+' "$1" || {
  echo "commit message needs a Jira key (e.g. WEB-123)" >&2
  exit 1
}
EOF
chmod +x .git/hooks/commit-msg
echo "commit-msg hook installed"
