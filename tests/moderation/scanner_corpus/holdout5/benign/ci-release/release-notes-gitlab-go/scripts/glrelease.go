package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
)

func main() {
	project := flag.String("project", "", "project id")
	tag := flag.String("tag", "", "existing tag")
	notes := flag.String("notes", "NOTES.md", "release notes file")
	flag.Parse()
	base := os.Getenv("GITLAB_URL")
	if base == "" {
		base = "https://gitlab.com"
	}
	text, err := os.ReadFile(*notes)
	if err != nil {
		panic(err)
	}
	body, _ := json.Marshal(map[string]string{"tag_name": *tag, "name": *tag, "description": string(text)})
	req, _ := http.NewRequest("POST", fmt.Sprintf("%s/api/v4/projects/%s/releases", base, *project), bytes.NewReader(body))
	req.Header.Set("PRIVATE-TOKEN", os.Getenv("GITLAB_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println("GitLab:", resp.Status)
}
