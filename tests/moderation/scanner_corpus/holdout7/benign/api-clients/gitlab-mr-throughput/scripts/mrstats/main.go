package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"sort"
	"time"
)

type mr struct {
	MergedAt *time.Time `json:"merged_at"`
}

func main() {
	project := flag.String("project", "", "group/project")
	host := flag.String("host", "https://gitlab.com", "GitLab base URL")
	flag.Parse()
	token := os.Getenv("GITLAB_TOKEN")
	if *project == "" || token == "" {
		fmt.Fprintln(os.Stderr, "need -project and GITLAB_TOKEN (read_api)")
		os.Exit(2)
	}
	since := time.Now().AddDate(0, -3, 0).Format(time.RFC3339)
	weeks := map[string]int{}
	for page := 1; ; page++ {
		u := fmt.Sprintf("%s/api/v4/projects/%s/merge_requests?state=merged&updated_after=%s&per_page=100&page=%d",
			*host, url.PathEscape(*project), since, page)
		req, _ := http.NewRequest("GET", u, nil)
		req.Header.Set("PRIVATE-TOKEN", token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		var batch []mr
		json.NewDecoder(resp.Body).Decode(&batch)
		resp.Body.Close()
		for _, m := range batch {
			if m.MergedAt != nil {
				y, w := m.MergedAt.ISOWeek()
				weeks[fmt.Sprintf("%d-W%02d", y, w)]++
			}
		}
		if len(batch) < 100 {
			break
		}
	}
	keys := make([]string, 0, len(weeks))
	for k := range weeks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %3d %s\n", k, weeks[k], bar(weeks[k]))
	}
}

func bar(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "#"
	}
	return s
}
