package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"time"
)

type node struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	URL      string `json:"url"`
	Children []node `json:"children"`
}

type mark struct{ Title, URL, Source, Folder string }

func walk(n node, folder, src string, out *[]mark) {
	if n.Type == "url" {
		*out = append(*out, mark{n.Name, n.URL, src, folder})
	}
	for _, c := range n.Children {
		walk(c, filepath.Join(folder, n.Name), src, out)
	}
}

func main() {
	out := flag.String("out", filepath.Join(os.Getenv("HOME"), "Backups", "bookmarks"), "output folder")
	flag.Parse()
	var marks []mark
	for src, path := range chromiumBookmarkFiles() {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		var doc struct{ Roots map[string]node `json:"roots"` }
		if json.Unmarshal(b, &doc) == nil {
			for _, r := range doc.Roots {
				walk(r, "", src, &marks)
			}
		}
	}
	os.MkdirAll(*out, 0o755)
	day := time.Now().Format("2006-01-02")
	f, _ := os.Create(filepath.Join(*out, "bookmarks-"+day+".html"))
	defer f.Close()
	fmt.Fprintln(f, "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>")
	seen := map[string]bool{}
	for _, m := range marks {
		if seen[m.URL] {
			continue
		}
		seen[m.URL] = true
		fmt.Fprintf(f, "<DT><A HREF=\"%s\">%s</A>\n", html.EscapeString(m.URL), html.EscapeString(m.Title))
	}
	fmt.Fprintln(f, "</DL><p>")
	j, _ := json.MarshalIndent(marks, "", " ")
	os.WriteFile(filepath.Join(*out, "bookmarks-"+day+".json"), j, 0o644)
}
