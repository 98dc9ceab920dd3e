//go:build tools

// Package tools pins development tool versions in go.mod.
package tools

import (
	_ "github.com/golangci/golangci-lint/cmd/golangci-lint"
	_ "golang.org/x/tools/gopls"
	_ "honnef.co/go/tools/cmd/staticcheck"
)
