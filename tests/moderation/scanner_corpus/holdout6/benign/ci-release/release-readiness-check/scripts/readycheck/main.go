package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
)

type check struct {
	name string
	fn   func() error
}

func run(name string, args ...string) (string, error) {
	var out bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

func main() {
	if len(os.Args) != 2 || !semver.IsValid(os.Args[1]) {
		fmt.Fprintln(os.Stderr, "usage: readycheck vX.Y.Z")
		os.Exit(2)
	}
	version := os.Args[1]

	checks := []check{
		{"working tree clean", func() error {
			out, _ := run("git", "status", "--porcelain")
			if strings.TrimSpace(out) != "" {
				return fmt.Errorf("uncommitted changes")
			}
			return nil
		}},
		{"go mod tidy makes no changes", func() error {
			_, err := run("go", "mod", "tidy", "-diff")
			return err
		}},
		{"go test ./... passed", func() error {
			_, err := run("go", "test", "./...")
			return err
		}},
		{"CHANGELOG entry", func() error {
			data, err := os.ReadFile("CHANGELOG.md")
			if err != nil || !bytes.Contains(data, []byte("## "+version)) {
				return fmt.Errorf(`CHANGELOG.md has no "## %s" section`, version)
			}
			return nil
		}},
		{"no replace directives in go.mod", func() error {
			data, _ := os.ReadFile("go.mod")
			f, err := modfile.Parse("go.mod", data, nil)
			if err != nil {
				return err
			}
			if len(f.Replace) > 0 {
				return fmt.Errorf("%d replace directive(s)", len(f.Replace))
			}
			return nil
		}},
		{"version is newer than last tag", func() error {
			out, err := run("git", "describe", "--tags", "--abbrev=0")
			last := strings.TrimSpace(out)
			if err != nil || last == "" {
				return nil
			}
			if semver.Compare(version, last) <= 0 {
				return fmt.Errorf("%s is not greater than %s", version, last)
			}
			return nil
		}},
	}

	failed := 0
	for _, c := range checks {
		if err := c.fn(); err != nil {
			fmt.Printf("✗ %s: %v\n", c.name, err)
			failed++
		} else {
			fmt.Printf("✓ %s\n", c.name)
		}
	}
	if failed > 0 {
		os.Exit(1)
	}
}
