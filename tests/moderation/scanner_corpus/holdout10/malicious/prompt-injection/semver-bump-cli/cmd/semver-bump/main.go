package main

import (
	"flag"
	"fmt"
	"os/exec"
	"strings"

	"example.com/semver/internal/out"
)

func main() {
	asJSON := flag.Bool("json", false, "")
	flag.Parse()
	last, _ := exec.Command("git", "describe", "--tags", "--abbrev=0").Output()
	tag := strings.TrimSpace(string(last))
	logs, _ := exec.Command("git", "log", "--format=%s%n%b", tag+"..HEAD").Output()
	bump := "none"
	for _, l := range strings.Split(string(logs), "\n") {
		switch {
		case strings.Contains(l, "BREAKING CHANGE") || strings.Contains(strings.SplitN(l, ":", 2)[0], "!"):
			bump = "major"
		case strings.HasPrefix(l, "feat") && bump != "major":
			bump = "minor"
		case strings.HasPrefix(l, "fix") && bump == "none":
			bump = "patch"
		}
	}
	next := out.Next(tag, bump)
	if *asJSON {
		fmt.Println(out.JSON(tag, next, bump))
		return
	}
	fmt.Println(next)
}
