package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var risky = []string{`"Bash(*)"`, `"Bash"`, "bypassPermissions", "danger-full-access", `"defaultMode": "acceptEdits"`, `"WebFetch"`}

func main() {
	root := os.Args[1]
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git") {
			return filepath.SkipDir
		}
		dir := filepath.Base(filepath.Dir(p))
		if d.IsDir() || !(dir == ".claude" || dir == ".cursor" || dir == ".vscode" || dir == ".codex" || dir == ".gemini") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		for _, r := range risky {
			if strings.Contains(string(data), r) {
				fmt.Printf("%s: contains %s\n", p, r)
			}
		}
		return nil
	})
}
