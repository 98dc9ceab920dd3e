module example.test/service

go 1.22

require (
	github.com/golangci/golangci-lint v1.61.0
	go.uber.org/mock v0.5.0
	golang.org/x/tools v0.26.0
)
