#!/usr/bin/env bash
# Read-only inventory of authorized_keys files.
set -uo pipefail
printf '%-12s %-8s %-50s %-20s %s\n' USER TYPE FINGERPRINT MODIFIED COMMENT/OPTIONS
getent passwd | while IFS=: read -r user _ uid _ _ home shell; do
  for f in "$home/.ssh/authorized_keys" "$home/.ssh/authorized_keys2"; do
    [[ -f "$f" ]] || continue
    mtime="$(stat -c '%y' "$f" | cut -d. -f1)"
    while IFS= read -r line; do
      [[ -z "$line" || "$line" == \#* ]] && continue
      fp="$(ssh-keygen -lf <(echo "$line") 2>/dev/null)" || fp="unparseable"
      bits_fp="$(awk '{print $2}' <<<"$fp")"
      ktype="$(awk '{print $NF}' <<<"$fp" | tr -d '()')"
      opts=""
      [[ "$line" =~ ^(no-|command=|from=|environment=|restrict) ]] && opts="[options: ${line%% ssh-*}]"
      comment="$(awk '{print $NF}' <<<"$line")"
      printf '%-12s %-8s %-50s %-20s %s %s\n' "$user" "$ktype" "$bits_fp" "$mtime" "$comment" "$opts"
    done < "$f"
  done
done
grep -h AuthorizedKeysFile /etc/ssh/sshd_config /etc/ssh/sshd_config.d/*.conf 2>/dev/null | sed 's/^/sshd: /'
