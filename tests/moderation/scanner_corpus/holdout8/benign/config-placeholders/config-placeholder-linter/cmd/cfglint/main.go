package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var placeholder = regexp.MustCompile(`(?i)^(change-?me|todo|x{3,}|replace[_-]?me|your[_-].*|.*example\.(com|org|net).*|localhost|127\.0\.0\.1|)$`)

func entropy(s string) float64 {
	freq := map[rune]float64{}
	for _, r := range s {
		freq[r]++
	}
	var h float64
	for _, c := range freq {
		p := c / float64(len(s))
		h -= p * math.Log2(p)
	}
	return h
}

func main() {
	failed := false
	for _, root := range os.Args[1:] {
		filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return nil
			}
			prod := strings.Contains(strings.ToLower(path), "prod")
			refsOnly := strings.HasSuffix(path, "values.yaml")
			f, _ := os.Open(path)
			defer f.Close()
			sc := bufio.NewScanner(f)
			for n := 1; sc.Scan(); n++ {
				line := strings.TrimSpace(sc.Text())
				sep := strings.IndexAny(line, "=:")
				if sep < 1 || strings.HasPrefix(line, "#") {
					continue
				}
				key, val := strings.TrimSpace(line[:sep]), strings.Trim(strings.TrimSpace(line[sep+1:]), `"'`)
				if prod && placeholder.MatchString(val) {
					fmt.Printf("%s:%d %s = %q [placeholder in production file]\n", path, n, key, val)
					failed = true
				}
				if refsOnly && len(val) >= 24 && entropy(val) > 4.0 {
					fmt.Printf("%s:%d %s = <%d chars, entropy %.1f> [looks like a real secret in a references-only file]\n", path, n, key, len(val), entropy(val))
					failed = true
				}
			}
			return nil
		})
	}
	if failed {
		os.Exit(1)
	}
}
