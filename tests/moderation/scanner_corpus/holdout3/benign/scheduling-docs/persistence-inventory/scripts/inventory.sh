#!/usr/bin/env bash
section() { printf '\n== %s ==\n' "$1"; }

section "crontab ($USER)"
crontab -l 2>/dev/null || echo "(none)"

if command -v systemctl >/dev/null; then
  section "systemd user timers"
  systemctl --user list-timers --all --no-pager 2>/dev/null
  section "enabled systemd user services"
  systemctl --user list-unit-files --state=enabled --no-pager 2>/dev/null
fi

if [ -d "$HOME/Library/LaunchAgents" ]; then
  section "LaunchAgents"
  ls -l "$HOME/Library/LaunchAgents"
fi

section "autostart entries"
ls -l "$HOME/.config/autostart" 2>/dev/null || echo "(none)"

section "commands run by shell start-up files"
for f in ~/.bashrc ~/.bash_profile ~/.profile ~/.zshrc ~/.zprofile; do
  [ -f "$f" ] && grep -nE '^\s*(source|\.|eval|exec|nohup|\w+ &)' "$f" | sed "s|^|$f:|"
done
exit 0
