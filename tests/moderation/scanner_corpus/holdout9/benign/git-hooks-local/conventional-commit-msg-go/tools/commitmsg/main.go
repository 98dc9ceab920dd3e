package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
)

var subject = regexp.MustCompile(`^(feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(\([\w./-]+\))?!?: \S.*$`)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "#") {
			lines = append(lines, sc.Text())
		}
	}
	if len(lines) == 0 {
		os.Exit(0)
	}
	first := lines[0]
	if strings.HasPrefix(first, "Merge ") || strings.HasPrefix(first, "fixup!") || strings.HasPrefix(first, "squash!") {
		os.Exit(0)
	}
	fail := func(why string) {
		fmt.Fprintf(os.Stderr, "commit-msg: %s\n  got:     %q\n  example: %q\n", why, first, "fix(api): handle empty cursor")
		os.Exit(1)
	}
	if !subject.MatchString(first) {
		fail("subject is not type(scope): description")
	}
	if len(first) > 72 {
		fail("subject longer than 72 characters")
	}
	if strings.HasSuffix(first, ".") {
		fail("subject ends with a period")
	}
	if len(lines) > 1 && lines[1] != "" {
		fail("second line must be blank")
	}
}
