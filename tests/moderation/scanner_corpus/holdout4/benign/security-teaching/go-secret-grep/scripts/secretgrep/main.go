package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var patterns = map[string]*regexp.Regexp{
	"aws-access-key": regexp.MustCompile(`\bAKIA[0-9A-Z]{16}\b`),
	"github-token":   regexp.MustCompile(`\bgh[pousr]_[A-Za-z0-9]{36}\b`),
	"slack-token":    regexp.MustCompile(`\bxox[baprs]-[A-Za-z0-9-]{10,}\b`),
	"private-key":    regexp.MustCompile(`-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----`),
}

var skip = map[string]bool{".git": true, "node_modules": true, "vendor": true}

func mask(s string) string {
	if len(s) <= 8 {
		return "****"
	}
	return s[:4] + strings.Repeat("*", len(s)-8) + s[len(s)-4:]
}

func main() {
	root := "."
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && skip[d.Name()] {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return nil
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			for kind, re := range patterns {
				if m := re.FindString(sc.Text()); m != "" {
					fmt.Printf("%s:%d %s %s\n", path, n, kind, mask(m))
				}
			}
		}
		return nil
	})
}
