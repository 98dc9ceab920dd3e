package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/mod/modfile"
)

func main() {
	data, err := os.ReadFile("go.mod")
	if err != nil {
		panic(err)
	}
	f, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		panic(err)
	}
	sum, _ := os.ReadFile("go.sum")
	versions := map[string]string{}
	for _, r := range f.Require {
		versions[r.Mod.Path] = r.Mod.Version
	}
	missing := 0
	for _, t := range f.Tool {
		mod := t.Path
		for mod != "" && versions[mod] == "" {
			i := strings.LastIndex(mod, "/")
			if i < 0 {
				mod = ""
				break
			}
			mod = mod[:i]
		}
		ok := mod != "" && strings.Contains(string(sum), mod+" "+versions[mod])
		if !ok {
			missing++
		}
		fmt.Printf("%-60s %-10s sum:%v\n", t.Path, versions[mod], ok)
	}
	if missing > 0 {
		os.Exit(1)
	}
}
