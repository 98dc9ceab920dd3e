package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"time"
)

type pull struct {
	Number   int       `json:"number"`
	Title    string    `json:"title"`
	HTMLURL  string    `json:"html_url"`
	MergedAt time.Time `json:"merged_at"`
	User     struct {
		Login     string `json:"login"`
		AvatarURL string `json:"avatar_url"`
		Type      string `json:"type"`
	} `json:"user"`
}

func main() {
	repo := flag.String("repo", "", "owner/name")
	since := flag.String("since", "", "YYYY-MM-DD")
	api := flag.String("api", "https://forge.example.com/api/v1", "forge API base")
	flag.Parse()
	from, err := time.Parse("2006-01-02", *since)
	if *repo == "" || err != nil {
		fmt.Fprintln(os.Stderr, "usage: avatarlog -repo owner/name -since YYYY-MM-DD")
		os.Exit(2)
	}

	var merged []pull
	for page := 1; page <= 10; page++ {
		url := fmt.Sprintf("%s/repos/%s/pulls?state=closed&sort=updated&direction=desc&per_page=100&page=%d", *api, *repo, page)
		req, _ := http.NewRequest("GET", url, nil)
		if t := os.Getenv("FORGE_TOKEN"); t != "" {
			req.Header.Set("Authorization", "Bearer "+t)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		var batch []pull
		json.NewDecoder(resp.Body).Decode(&batch)
		resp.Body.Close()
		if len(batch) == 0 {
			break
		}
		for _, p := range batch {
			if !p.MergedAt.IsZero() && p.MergedAt.After(from) && p.User.Type != "Bot" {
				merged = append(merged, p)
			}
		}
	}

	fmt.Printf("## Changes since %s\n\n", *since)
	for _, p := range merged {
		fmt.Printf("- <img src=\"%s?s=20\" width=\"20\" alt=\"@%s\"> %s ([#%d](%s))\n",
			p.User.AvatarURL, p.User.Login, p.Title, p.Number, p.HTMLURL)
	}
	if len(merged) == 0 {
		fmt.Println("_No merged pull requests in this period._")
	}
}
