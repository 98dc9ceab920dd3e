package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type repo struct {
	path  string
	bytes int64
}

func lfsSize(dir string) int64 {
	var total int64
	filepath.WalkDir(filepath.Join(dir, ".git", "lfs", "objects"), func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, e := d.Info(); e == nil {
				total += info.Size()
			}
		}
		return nil
	})
	return total
}

func ask(r *bufio.Reader, q string) string {
	fmt.Print(q)
	s, _ := r.ReadString('\n')
	return strings.TrimSpace(s)
}

func main() {
	sel := flag.Bool("select", false, "choose repositories to prune")
	flag.Parse()
	root := flag.Arg(0)
	if root == "" {
		root = "."
	}

	var repos []repo
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		dir := filepath.Join(root, e.Name())
		if _, err := os.Stat(filepath.Join(dir, ".git", "lfs")); err == nil {
			repos = append(repos, repo{dir, lfsSize(dir)})
		}
	}
	sort.Slice(repos, func(i, j int) bool { return repos[i].bytes > repos[j].bytes })
	for i, r := range repos {
		fmt.Printf("%2d  %8.1f GB  %s\n", i+1, float64(r.bytes)/1e9, r.path)
	}
	if !*sel || len(repos) == 0 {
		return
	}

	in := bufio.NewReader(os.Stdin)
	for _, field := range strings.Fields(ask(in, "numbers to prune (space separated): ")) {
		n, err := strconv.Atoi(field)
		if err != nil || n < 1 || n > len(repos) {
			continue
		}
		dir := repos[n-1].path
		dry := exec.Command("git", "-C", dir, "lfs", "prune", "--dry-run", "--verbose")
		dry.Stdout, dry.Stderr = os.Stdout, os.Stderr
		dry.Run()
		if ask(in, "prune "+dir+" for real? [y/N] ") != "y" {
			continue
		}
		real := exec.Command("git", "-C", dir, "lfs", "prune")
		real.Stdout, real.Stderr = os.Stdout, os.Stderr
		if err := real.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "prune failed:", err)
		}
	}
}
