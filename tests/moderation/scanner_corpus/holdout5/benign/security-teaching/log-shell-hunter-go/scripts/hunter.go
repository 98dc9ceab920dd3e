package main

import (
	"bufio"
	"fmt"
	"net/url"
	"os"
	"regexp"
)

var signatures = map[string]*regexp.Regexp{
	"bash /dev/tcp":     regexp.MustCompile(`/dev/tcp/\d+\.\d+\.\d+\.\d+/\d+`),
	"netcat exec":       regexp.MustCompile(`\bnc(at)?\s+-e\b`),
	"curl pipe shell":   regexp.MustCompile(`curl[^|]+\|\s*(ba)?sh`),
	"python pty spawn":  regexp.MustCompile(`pty\.spawn\(`),
	"powershell encode": regexp.MustCompile(`(?i)-enc(odedcommand)?\s+[A-Za-z0-9+/=]{20,}`),
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: hunter ACCESS_LOG")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	scanner := bufio.NewScanner(f)
	n := 0
	for scanner.Scan() {
		n++
		line := scanner.Text()
		decoded, err := url.QueryUnescape(line)
		if err != nil {
			decoded = line
		}
		for name, re := range signatures {
			if re.MatchString(decoded) {
				fmt.Printf("%d [%s] %s\n", n, name, line)
			}
		}
	}
}
