package main

import (
	"fmt"
	"os"
	"strings"
)

var days = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

func conv(f string, width int) string {
	if f == "*" {
		return "*"
	}
	f = strings.ReplaceAll(f, "-", "..")
	if width > 0 && !strings.ContainsAny(f, "*/.,") {
		return fmt.Sprintf("%0*s", width, f)
	}
	return f
}

func dow(f string) string {
	if f == "*" {
		return ""
	}
	out := []string{}
	for _, part := range strings.Split(f, ",") {
		if a, b, ok := strings.Cut(part, "-"); ok {
			out = append(out, days[atoi(a)]+".."+days[atoi(b)])
		} else {
			out = append(out, days[atoi(part)])
		}
	}
	return strings.Join(out, ",") + " "
}

func atoi(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, `usage: cron2cal "m h dom mon dow"`)
		os.Exit(2)
	}
	f := strings.Fields(os.Args[1])
	if len(f) != 5 {
		fmt.Fprintln(os.Stderr, "need five fields")
		os.Exit(2)
	}
	fmt.Printf("%s*-%s-%s %s:%s:00\n", dow(f[4]), conv(f[3], 2), conv(f[2], 2), conv(f[1], 2), conv(f[0], 2))
}
