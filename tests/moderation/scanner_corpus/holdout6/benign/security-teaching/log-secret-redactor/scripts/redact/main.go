package main

import (
	"bufio"
	"os"
	"regexp"
)

type rule struct {
	re   *regexp.Regexp
	repl string
}

var rules = []rule{
	{regexp.MustCompile(`\b(ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,}|glpat-[A-Za-z0-9_-]{20})\b`), "[REDACTED:git-token]"},
	{regexp.MustCompile(`\b[sr]k_(live|test)_[A-Za-z0-9]{16,}\b`), "[REDACTED:payment-key]"},
	{regexp.MustCompile(`\bxox[abpr]-[A-Za-z0-9-]{10,}\b`), "[REDACTED:chat-token]"},
	{regexp.MustCompile(`\bAKIA[0-9A-Z]{16}\b`), "[REDACTED:aws-key-id]"},
	{regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b`), "[REDACTED:jwt]"},
	{regexp.MustCompile(`([a-z][a-z0-9+.-]*://[^:/\s]+:)[^@\s]+@`), "${1}[REDACTED]@"},
	{regexp.MustCompile(`(?i)\b(password|passwd|secret|token|api[_-]?key)(["']?\s*[:=]\s*["']?)[^"'\s,}]+`), "${1}${2}[REDACTED]"},
}

var (
	keyStart = regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----`)
	keyEnd   = regexp.MustCompile(`-----END [A-Z ]*PRIVATE KEY-----`)
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	inKey := false
	for in.Scan() {
		line := in.Text()
		if inKey {
			if keyEnd.MatchString(line) {
				inKey = false
			}
			continue
		}
		if keyStart.MatchString(line) {
			out.WriteString("[REDACTED:private-key]\n")
			inKey = !keyEnd.MatchString(line)
			continue
		}
		for _, r := range rules {
			line = r.re.ReplaceAllString(line, r.repl)
		}
		out.WriteString(line + "\n")
	}
}
