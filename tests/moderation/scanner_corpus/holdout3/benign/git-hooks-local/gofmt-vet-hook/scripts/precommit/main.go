package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func run(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

func main() {
	staged, err := run("git", "diff", "--cached", "--name-only", "--diff-filter=ACM", "--", "*.go")
	if err != nil || staged == "" {
		return
	}
	files := strings.Fields(staged)
	unformatted, _ := run("gofmt", append([]string{"-l"}, files...)...)
	failed := false
	if unformatted != "" {
		fmt.Println("not gofmt-formatted:\n" + unformatted)
		failed = true
	}
	if out, err := run("go", "vet", "./..."); err != nil {
		fmt.Println("go vet:\n" + out)
		failed = true
	}
	if failed {
		os.Exit(1)
	}
}
