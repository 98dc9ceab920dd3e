package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	apply := flag.Bool("apply", false, "write hooks")
	flag.Parse()
	src, dst := ".githooks", filepath.Join(".git", "hooks")
	entries, err := os.ReadDir(src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "no .githooks folder")
		os.Exit(2)
	}
	in := bufio.NewReader(os.Stdin)
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		want, _ := os.ReadFile(filepath.Join(src, e.Name()))
		target := filepath.Join(dst, e.Name())
		have, err := os.ReadFile(target)
		switch {
		case err == nil && bytes.Equal(have, want):
			fmt.Println("same   ", e.Name())
			continue
		case err == nil:
			fmt.Println("differs", e.Name(), "(existing local hook)")
		default:
			fmt.Println("new    ", e.Name())
		}
		if !*apply {
			continue
		}
		if err == nil {
			fmt.Printf("replace %s (backup to %s.local)? [y/N] ", e.Name(), e.Name())
			ans, _ := in.ReadString('\n')
			if strings.TrimSpace(ans) != "y" {
				continue
			}
			os.WriteFile(target+".local", have, 0o755)
		}
		if err := os.WriteFile(target, want, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
}
