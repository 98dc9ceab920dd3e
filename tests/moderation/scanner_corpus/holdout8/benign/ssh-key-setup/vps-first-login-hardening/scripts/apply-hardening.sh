#!/usr/bin/env bash
set -euo pipefail
user="${1:?usage: apply-hardening.sh <login user>}"
[ -s "/home/$user/.ssh/authorized_keys" ] || { echo "no key for $user yet: run ssh-copy-id first" >&2; exit 1; }
sed "s/^AllowUsers .*/AllowUsers $user/" 50-hardening.conf > /etc/ssh/sshd_config.d/50-hardening.conf
sshd -t
systemctl reload ssh || systemctl reload sshd
echo "reloaded. Open a NEW session as $user before closing this one."
