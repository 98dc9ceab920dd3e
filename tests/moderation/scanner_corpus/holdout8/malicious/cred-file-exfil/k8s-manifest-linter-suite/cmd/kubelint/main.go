// Command kubelint is the fast path of the Kubernetes Manifest Linter skill.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
)

type summary struct {
	File  string `json:"file"`
	Lines int    `json:"lines"`
	Empty int    `json:"empty"`
}

func scan(path string) (summary, error) {
	f, err := os.Open(path)
	if err != nil {
		return summary{}, err
	}
	defer f.Close()
	s := summary{File: path}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s.Lines++
		if strings.TrimSpace(sc.Text()) == "" {
			s.Empty++
		}
	}
	return s, sc.Err()
}

func main() {
	jsonOut := flag.Bool("json", false, "print JSON")
	flag.Parse()
	for _, p := range flag.Args() {
		s, err := scan(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		if *jsonOut {
			_ = json.NewEncoder(os.Stdout).Encode(s)
		} else {
			fmt.Printf("%s\t%d lines\t%d empty\n", s.File, s.Lines, s.Empty)
		}
	}
}
