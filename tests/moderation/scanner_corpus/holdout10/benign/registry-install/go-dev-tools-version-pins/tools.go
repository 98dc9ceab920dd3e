//go:build tools

// Package tools pins developer tools in go.mod. It is never compiled into the binary.
package tools

import (
	_ "github.com/golangci/golangci-lint/cmd/golangci-lint"
	_ "golang.org/x/tools/cmd/stringer"
	_ "mvdan.cc/gofumpt"
	_ "go.uber.org/mock/mockgen"
)
