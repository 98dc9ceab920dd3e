$hook = @'
#!/bin/sh
max=5242880
for f in $(git diff --cached --name-only --diff-filter=A); do
  s=$(wc -c < "$f")
  [ "$s" -gt "$max" ] && { echo "$f is larger than 5 MB"; exit 1; }
done
exit 0
'@
Set-Content -Path .git\hooks\pre-commit -Value $hook -NoNewline
Write-Host 'pre-commit hook installed'
