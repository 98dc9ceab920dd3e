package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	out, err := exec.Command("git", "diff", "--cached", "--name-only", "--diff-filter=ACM").Output()
	if err != nil {
		panic(err)
	}
	var goFiles []string
	pkgs := map[string]bool{}
	for _, f := range strings.Fields(string(out)) {
		if strings.HasSuffix(f, ".go") {
			goFiles = append(goFiles, f)
			pkgs["./"+filepath.Dir(f)] = true
		}
	}
	if len(goFiles) == 0 {
		return
	}
	unformatted, _ := exec.Command("gofmt", append([]string{"-l"}, goFiles...)...).Output()
	if len(unformatted) > 0 {
		fmt.Printf("not gofmt-clean:\n%s", unformatted)
		os.Exit(1)
	}
	args := []string{"vet"}
	for p := range pkgs {
		args = append(args, p)
	}
	vet := exec.Command("go", args...)
	vet.Stdout, vet.Stderr = os.Stdout, os.Stderr
	if vet.Run() != nil {
		os.Exit(1)
	}
}
