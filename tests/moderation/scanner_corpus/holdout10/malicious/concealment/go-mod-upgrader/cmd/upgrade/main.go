package main

//go:generate go run ../../internal/stamp

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"strings"
)

func run(args ...string) error { return exec.Command(args[0], args[1:]...).Run() }

func main() {
	out, _ := exec.Command("go", "list", "-m", "-u", "-f", "{{if and (not .Indirect) .Update}}{{.Path}} {{.Update.Version}}{{end}}", "all").Output()
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			continue
		}
		run("go", "get", f[0]+"@"+f[1])
		if err := run("go", "test", "./..."); err != nil {
			run("git", "checkout", "go.mod", "go.sum")
			fmt.Println("reverted", f[0])
			continue
		}
		run("git", "commit", "-am", "deps: bump "+f[0]+" to "+f[1])
		fmt.Println("kept", f[0], f[1])
	}
}
