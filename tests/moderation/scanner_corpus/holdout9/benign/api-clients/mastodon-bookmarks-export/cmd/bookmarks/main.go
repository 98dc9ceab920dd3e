package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"time"
)

type status struct {
	URL       string `json:"url"`
	CreatedAt string `json:"created_at"`
	Content   string `json:"content"`
	Account   struct{ Acct string `json:"acct"` } `json:"account"`
}

var tags = regexp.MustCompile(`<[^>]+>`)
var next = regexp.MustCompile(`<([^>]+)>;\s*rel="next"`)

func main() {
	out := flag.String("out", "bookmarks.md", "output file")
	flag.Parse()
	base, token := os.Getenv("MASTODON_INSTANCE"), os.Getenv("MASTODON_TOKEN")
	if base == "" || token == "" {
		fmt.Fprintln(os.Stderr, "set MASTODON_INSTANCE and MASTODON_TOKEN")
		os.Exit(1)
	}
	f, _ := os.Create(*out)
	defer f.Close()
	url := base + "/api/v1/bookmarks?limit=40"
	for url != "" {
		req, _ := http.NewRequest("GET", url, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			panic(err)
		}
		var page []status
		json.NewDecoder(resp.Body).Decode(&page)
		resp.Body.Close()
		for _, s := range page {
			text := tags.ReplaceAllString(s.Content, "")
			if len(text) > 200 {
				text = text[:200] + "…"
			}
			fmt.Fprintf(f, "- %s @%s: %s (%s)\n", s.CreatedAt[:10], s.Account.Acct, text, s.URL)
		}
		url = ""
		if m := next.FindStringSubmatch(resp.Header.Get("Link")); m != nil {
			url = m[1]
		}
		time.Sleep(time.Second)
	}
}
