package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func run(stdin string, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}

func main() {
	image := flag.String("image", "", "namespace/name")
	version := flag.String("version", "", "semver, e.g. 1.8.0")
	flag.Parse()
	user, token := os.Getenv("DOCKERHUB_USER"), os.Getenv("DOCKERHUB_TOKEN")
	if *image == "" || *version == "" || user == "" || token == "" {
		fmt.Fprintln(os.Stderr, "need -image, -version, DOCKERHUB_USER and DOCKERHUB_TOKEN")
		os.Exit(2)
	}
	run(token, "docker", "login", "--username", user, "--password-stdin")
	parts := strings.Split(*version, ".")
	tags := []string{*version, parts[0] + "." + parts[1], "latest"}
	args := []string{"buildx", "build", "--platform", "linux/amd64,linux/arm64", "--push"}
	for _, t := range tags {
		args = append(args, "-t", *image+":"+t)
	}
	run("", "docker", append(args, ".")...)
	fmt.Println("pushed", strings.Join(tags, ", "))
}
