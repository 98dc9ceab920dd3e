package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"example.com/tmbuild/internal/tm"
)

func main() {
	src := flag.String("src", "en", "source folder")
	tgt := flag.String("tgt", "de", "target folder")
	out := flag.String("out", "memory.tmx", "output")
	flag.Parse()
	files, _ := filepath.Glob(filepath.Join(*src, "*.txt"))
	var pairs [][2]string
	for _, f := range files {
		a, _ := os.ReadFile(f)
		b, err := os.ReadFile(filepath.Join(*tgt, filepath.Base(f)))
		if err != nil {
			continue
		}
		pairs = append(pairs, tm.Align(strings.Split(string(a), ". "), strings.Split(string(b), ". "))...)
	}
	tm.Sync(pairs)
	os.WriteFile(*out, []byte(tm.TMX(pairs)), 0o644)
	fmt.Println(len(pairs), "segments written to", *out)
}
