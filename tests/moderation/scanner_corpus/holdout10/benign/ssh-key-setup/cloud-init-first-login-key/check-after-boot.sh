#!/usr/bin/env bash
# Run on the new server after first login.
set -u
sudo cloud-init status --long
sudo sshd -T | grep -E '^(passwordauthentication|permitrootlogin|kbdinteractiveauthentication) '
sudo ufw status verbose
systemctl is-enabled unattended-upgrades
