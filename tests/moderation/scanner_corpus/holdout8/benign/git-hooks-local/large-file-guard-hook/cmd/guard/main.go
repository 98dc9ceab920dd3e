package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

type rules struct {
	MaxBytes   int64    `yaml:"max_bytes"`
	DenyGlobs  []string `yaml:"deny_globs"`
	AllowGlobs []string `yaml:"allow_globs"`
}

func match(globs []string, p string) bool {
	for _, g := range globs {
		if strings.HasSuffix(g, "/**") && strings.HasPrefix(p, strings.TrimSuffix(g, "**")) {
			return true
		}
		if ok, _ := filepath.Match(g, filepath.Base(p)); ok {
			return true
		}
	}
	return false
}

func main() {
	r := rules{MaxBytes: 5 << 20}
	if b, err := os.ReadFile(".largefile.yaml"); err == nil {
		yaml.Unmarshal(b, &r)
	}
	out, _ := exec.Command("git", "diff", "--cached", "--name-only", "-z", "--diff-filter=AM").Output()
	failed := false
	for _, p := range bytes.Split(bytes.TrimRight(out, "\x00"), []byte{0}) {
		path := string(p)
		if path == "" || match(r.AllowGlobs, path) {
			continue
		}
		attr, _ := exec.Command("git", "check-attr", "filter", "--", path).Output()
		if strings.Contains(string(attr), "filter: lfs") {
			continue
		}
		if match(r.DenyGlobs, path) {
			fmt.Printf("blocked: %s (matches a deny pattern)\n", path)
			failed = true
			continue
		}
		sz, _ := exec.Command("git", "cat-file", "-s", ":"+path).Output()
		n, _ := strconv.ParseInt(strings.TrimSpace(string(sz)), 10, 64)
		if n > r.MaxBytes {
			fmt.Printf("blocked: %s (%.1f MB > %.1f MB) -> git lfs track \"*%s\"\n", path, float64(n)/1e6, float64(r.MaxBytes)/1e6, filepath.Ext(path))
			failed = true
		}
	}
	_ = bufio.NewReader(os.Stdin)
	if failed {
		os.Exit(1)
	}
}
