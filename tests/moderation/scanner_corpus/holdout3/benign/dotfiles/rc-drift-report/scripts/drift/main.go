package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	repo := flag.String("repo", "", "folder mirroring $HOME")
	flag.Parse()
	home, _ := os.UserHomeDir()
	filepath.WalkDir(*repo, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(*repo, p)
		live := filepath.Join(home, rel)
		a, _ := os.ReadFile(p)
		b, errLive := os.ReadFile(live)
		switch {
		case errLive != nil:
			fmt.Printf("missing  ~/%s\n", rel)
		case bytes.Equal(a, b):
			fmt.Printf("same     ~/%s\n", rel)
		default:
			fmt.Printf("differs  ~/%s\n", rel)
			out, _ := exec.Command("diff", "-u", p, live).CombinedOutput()
			os.Stdout.Write(out)
		}
		return nil
	})
}
