package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func hash(p string) string {
	f, err := os.Open(p)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	io.Copy(h, f)
	return hex.EncodeToString(h.Sum(nil))
}

func main() {
	dir := flag.String("dir", "", "folder to scan")
	dry := flag.Bool("dry", false, "only list")
	flag.Parse()
	trash := filepath.Join(*dir, "_duplicates")
	groups := map[string][]string{}
	filepath.WalkDir(*dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(p, trash) {
			return nil
		}
		if h := hash(p); h != "" {
			groups[h] = append(groups[h], p)
		}
		return nil
	})
	moved := 0
	for _, files := range groups {
		if len(files) < 2 {
			continue
		}
		sort.Slice(files, func(i, j int) bool { return len(files[i]) < len(files[j]) })
		for _, extra := range files[1:] {
			rel, _ := filepath.Rel(*dir, extra)
			fmt.Printf("%s (same as %s)\n", extra, files[0])
			if !*dry {
				dest := filepath.Join(trash, rel)
				os.MkdirAll(filepath.Dir(dest), 0o755)
				os.Rename(extra, dest)
			}
			moved++
		}
	}
	fmt.Printf("%d duplicate(s)%s\n", moved, map[bool]string{true: " (dry run)", false: " moved to " + trash}[*dry])
}
