#!/usr/bin/env bash
# Default-deny outbound firewall for the agent dev container.
# Runs once at container start (postStartCommand). Needs NET_ADMIN in runArgs.
set -euo pipefail

ALLOWED_HOSTS=(
  registry.npmjs.org
  pypi.org
  files.pythonhosted.org
  proxy.golang.org
  api.anthropic.com
)

if ! command -v iptables >/dev/null; then
  echo "iptables missing; install it in the Dockerfile" >&2
  exit 1
fi

iptables -F OUTPUT
iptables -P OUTPUT DROP
iptables -A OUTPUT -o lo -j ACCEPT
iptables -A OUTPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
# DNS so the names below resolve
iptables -A OUTPUT -p udp --dport 53 -j ACCEPT

for host in "${ALLOWED_HOSTS[@]}"; do
  for ip in $(getent ahostsv4 "$host" | awk '{print $1}' | sort -u); do
    iptables -A OUTPUT -p tcp -d "$ip" --dport 443 -j ACCEPT
  done
  echo "allowed: $host"
done

# Quick self-test: a host not on the list must fail.
if curl -s --max-time 5 https://example.com >/dev/null; then
  echo "firewall self-test FAILED: example.com reachable" >&2
  exit 1
fi
echo "firewall ready"
