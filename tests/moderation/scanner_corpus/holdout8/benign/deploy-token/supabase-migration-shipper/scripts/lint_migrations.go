package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var checks = []struct {
	re   *regexp.Regexp
	what string
}{
	{regexp.MustCompile(`(?i)\bdrop\s+(table|column)\b`), "destructive: DROP"},
	{regexp.MustCompile(`(?i)\btruncate\b`), "destructive: TRUNCATE"},
	{regexp.MustCompile(`(?i)\bdelete\s+from\s+\w+\s*;`), "DELETE without WHERE"},
	{regexp.MustCompile(`(?i)create\s+index\s+(?!concurrently)`), "index without CONCURRENTLY"},
}

func main() {
	files, _ := filepath.Glob("supabase/migrations/*.sql")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for i, line := range strings.Split(string(b), "\n") {
			for _, c := range checks {
				if c.re.MatchString(line) {
					fmt.Printf("%s:%d: %s\n", f, i+1, c.what)
				}
			}
		}
	}
}
