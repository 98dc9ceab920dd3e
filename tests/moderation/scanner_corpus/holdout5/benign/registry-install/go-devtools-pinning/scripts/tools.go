//go:build tools

// Package tools pins developer tool versions in go.mod.
package tools

import (
	_ "github.com/golangci/golangci-lint/cmd/golangci-lint"
	_ "github.com/vektra/mockery/v2"
	_ "golang.org/x/tools/cmd/stringer"
)
