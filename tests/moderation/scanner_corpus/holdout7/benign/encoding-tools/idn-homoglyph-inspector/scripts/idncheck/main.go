package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/net/idna"
)

var scripts = map[string]*unicode.RangeTable{
	"Latin": unicode.Latin, "Cyrillic": unicode.Cyrillic, "Greek": unicode.Greek,
	"Han": unicode.Han, "Hangul": unicode.Hangul, "Arabic": unicode.Arabic,
}

func labelScripts(label string) []string {
	seen := map[string]bool{}
	for _, r := range label {
		for name, table := range scripts {
			if unicode.Is(table, r) {
				seen[name] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	for _, name := range os.Args[1:] {
		u, err := idna.ToUnicode(name)
		if err != nil {
			fmt.Printf("%s: invalid (%v)\n", name, err)
			continue
		}
		fmt.Printf("%s -> %s\n", name, u)
		for _, label := range strings.Split(u, ".") {
			s := labelScripts(label)
			flag := ""
			if len(s) > 1 {
				flag = "  MIXED"
			}
			fmt.Printf("  %-24s %s%s\n", label, strings.Join(s, "+"), flag)
		}
	}
}
