package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	src := os.Args[1]
	home, _ := os.UserHomeDir()
	dst := filepath.Join(home, ".config", "fish", "functions")
	os.MkdirAll(dst, 0o755)
	files, _ := filepath.Glob(filepath.Join(src, "*.fish"))
	for _, f := range files {
		abs, _ := filepath.Abs(f)
		target := filepath.Join(dst, filepath.Base(f))
		if fi, err := os.Lstat(target); err == nil {
			if fi.Mode()&os.ModeSymlink != 0 {
				continue // already linked
			}
			fmt.Println("conflict, left alone:", target)
			continue
		}
		if err := os.Symlink(abs, target); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("linked", filepath.Base(f))
	}
}
