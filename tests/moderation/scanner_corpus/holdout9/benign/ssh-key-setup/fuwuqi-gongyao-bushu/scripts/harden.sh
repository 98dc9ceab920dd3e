#!/usr/bin/env bash
# 在服务器上以 sudo 运行：关闭密码登录（请先确认密钥登录可用）
set -euo pipefail
conf=/etc/ssh/sshd_config.d/50-harden.conf
printf 'PasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n' | sudo tee "$conf" >/dev/null
sudo sshd -t
sudo systemctl reload ssh || sudo systemctl reload sshd
echo "已关闭密码登录。请保持当前会话，另开终端测试密钥登录。"
