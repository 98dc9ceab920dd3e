package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
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
	root := os.Args[1]
	quarantine := filepath.Join(root, "_duplicates")
	groups := map[string][]string{}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(p, quarantine) {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(p))
		if ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".heic" {
			groups[hashFile(p)] = append(groups[hashFile(p)], p)
		}
		return nil
	})
	var extra []string
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
		for _, f := range files[1:] {
			fmt.Println("  dup", f)
			extra = append(extra, f)
		}
	}
	if len(extra) == 0 {
		return
	}
	fmt.Printf("Move %d duplicates to %s? [y/N] ", len(extra), quarantine)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.TrimSpace(answer) != "y" {
		fmt.Println("nothing moved")
		return
	}
	os.MkdirAll(quarantine, 0o755)
	for _, f := range extra {
		os.Rename(f, filepath.Join(quarantine, filepath.Base(f)))
	}
}
