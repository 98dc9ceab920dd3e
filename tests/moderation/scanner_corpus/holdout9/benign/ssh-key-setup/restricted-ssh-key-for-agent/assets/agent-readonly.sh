#!/bin/sh
# Forced command: only allow reading logs and status of named services.
set -- $SSH_ORIGINAL_COMMAND
case "$1" in
  logs)   exec journalctl -u "$2" -n "${3:-200}" --no-pager ;;
  status) exec systemctl status "$2" --no-pager ;;
  *) echo "not allowed: $SSH_ORIGINAL_COMMAND" >&2; exit 1 ;;
esac
