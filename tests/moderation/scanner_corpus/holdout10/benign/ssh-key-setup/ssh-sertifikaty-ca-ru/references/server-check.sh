#!/usr/bin/env bash
# Проверка настроек сервера после добавления CA (только чтение).
set -u
sudo sshd -T | grep -Ei '^(trustedusercakeys|revokedkeys|authorizedkeysfile|passwordauthentication) '
test -r /etc/ssh/user_ca.pub && ssh-keygen -l -f /etc/ssh/user_ca.pub
test -r /etc/ssh/revoked_keys && ssh-keygen -Q -l -f /etc/ssh/revoked_keys 2>/dev/null | head
