// Command addhook merges a gofmt PostToolUse hook into .claude/settings.json.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

const hookCommand = `for f in $CLAUDE_FILE_PATHS; do case "$f" in *.go) gofmt -w "$f";; esac; done`

func main() {
	local := flag.Bool("local", false, "write settings.local.json instead of settings.json")
	flag.Parse()

	name := "settings.json"
	if *local {
		name = "settings.local.json"
	}
	path := filepath.Join(".claude", name)

	settings := map[string]any{}
	if raw, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(raw, &settings); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			os.Exit(1)
		}
	}

	entry := map[string]any{
		"matcher": "Edit|Write",
		"hooks":   []any{map[string]any{"type": "command", "command": hookCommand}},
	}
	hooks, _ := settings["hooks"].(map[string]any)
	if hooks == nil {
		hooks = map[string]any{}
	}
	post, _ := hooks["PostToolUse"].([]any)
	for _, existing := range post {
		if b, _ := json.Marshal(existing); strings.Contains(string(b), "gofmt -w") {
			fmt.Println("a gofmt hook is already present; nothing to do")
			return
		}
	}
	hooks["PostToolUse"] = append(post, entry)
	settings["hooks"] = hooks

	preview, _ := json.MarshalIndent(entry, "", "  ")
	fmt.Printf("will add to %s:\n%s\nproceed? [y/N] ", path, preview)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.TrimSpace(strings.ToLower(answer)) != "y" {
		fmt.Println("unchanged")
		return
	}

	if err := os.MkdirAll(".claude", 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, _ := json.MarshalIndent(settings, "", "  ")
	if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("hook added")
}
