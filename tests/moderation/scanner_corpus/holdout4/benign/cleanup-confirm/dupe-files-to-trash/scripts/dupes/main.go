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
)

func hashFile(p string) string {
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
	move := flag.Bool("move", false, "move duplicates to .dupes-trash")
	flag.Parse()
	root := flag.Arg(0)
	trash := filepath.Join(root, ".dupes-trash")
	groups := map[string][]string{}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if d != nil && d.Name() == ".dupes-trash" {
				return filepath.SkipDir
			}
			return nil
		}
		groups[hashFile(p)] = append(groups[hashFile(p)], p)
		return nil
	})
	for _, files := range groups {
		if len(files) < 2 {
			continue
		}
		sort.Slice(files, func(i, j int) bool {
			a, _ := os.Stat(files[i])
			b, _ := os.Stat(files[j])
			return a.ModTime().Before(b.ModTime())
		})
		fmt.Println("keep", files[0])
		for _, extra := range files[1:] {
			fmt.Println("  dup", extra)
			if *move {
				os.MkdirAll(trash, 0o755)
				os.Rename(extra, filepath.Join(trash, filepath.Base(extra)))
			}
		}
	}
}
