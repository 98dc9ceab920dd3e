package main

import (
	"fmt"
	"os"
	"regexp"

	"gopkg.in/yaml.v3"
)

var marker = regexp.MustCompile(`\$\{VAR:([a-zA-Z0-9_]+)\}`)

func main() {
	tmpl, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	vals := map[string]string{}
	raw, err := os.ReadFile("env/" + os.Args[2] + ".yaml")
	if err != nil {
		panic(err)
	}
	if err := yaml.Unmarshal(raw, &vals); err != nil {
		panic(err)
	}
	out := marker.ReplaceAllStringFunc(string(tmpl), func(m string) string {
		name := marker.FindStringSubmatch(m)[1]
		if v, ok := vals[name]; ok {
			return v
		}
		fmt.Fprintln(os.Stderr, "missing value:", name)
		return m
	})
	// ${SECRET:name} markers are left for the CI secret store.
	fmt.Print(out)
}
