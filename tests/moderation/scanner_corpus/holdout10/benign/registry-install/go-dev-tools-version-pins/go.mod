module example.com/notes-api

go 1.22

require (
	github.com/golangci/golangci-lint v1.62.2
	go.uber.org/mock v0.5.0
	golang.org/x/tools v0.28.0
	mvdan.cc/gofumpt v0.7.0
)
