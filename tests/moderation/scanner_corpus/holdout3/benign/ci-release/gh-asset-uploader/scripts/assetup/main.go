package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
)

func main() {
	repo := flag.String("repo", "", "owner/name")
	release := flag.String("release", "", "release id")
	flag.Parse()
	token := os.Getenv("GITHUB_TOKEN")
	if token == "" || *repo == "" || *release == "" {
		log.Fatal("need GITHUB_TOKEN, -repo and -release")
	}
	for _, path := range flag.Args() {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		st, _ := f.Stat()
		u := fmt.Sprintf("https://uploads.github.com/repos/%s/releases/%s/assets?name=%s", *repo, *release, url.QueryEscape(filepath.Base(path)))
		req, _ := http.NewRequest(http.MethodPost, u, f)
		req.ContentLength = st.Size()
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/octet-stream")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			log.Fatal(err)
		}
		resp.Body.Close()
		f.Close()
		fmt.Println(resp.Status, filepath.Base(path))
	}
}
