package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
)

var site, email, token = os.Getenv("JIRA_SITE"), os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN")

func get(path string, out any) error {
	req, _ := http.NewRequest("GET", "https://"+site+path, nil)
	req.SetBasicAuth(email, token)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func pointsField() string {
	var fields []struct{ ID, Name string }
	get("/rest/api/3/field", &fields)
	for _, f := range fields {
		if strings.EqualFold(f.Name, "Story Points") || strings.EqualFold(f.Name, "Story point estimate") {
			return f.ID
		}
	}
	return ""
}

func main() {
	board := flag.Int("board", 0, "board id")
	name := flag.String("sprint", "", "sprint name")
	flag.Parse()
	var sprints struct {
		Values []struct {
			ID                 int
			Name, StartDate, EndDate string
		}
	}
	get(fmt.Sprintf("/rest/agile/1.0/board/%d/sprint?state=active,closed", *board), &sprints)
	pf := pointsField()
	for _, s := range sprints.Values {
		if s.Name != *name {
			continue
		}
		var issues struct{ Issues []map[string]any }
		get(fmt.Sprintf("/rest/agile/1.0/sprint/%d/issue?fields=status,%s&maxResults=200", s.ID, url.QueryEscape(pf)), &issues)
		var done, open float64
		var carried []string
		for _, is := range issues.Issues {
			f := is["fields"].(map[string]any)
			pts, _ := f[pf].(float64)
			cat := f["status"].(map[string]any)["statusCategory"].(map[string]any)["key"]
			if cat == "done" {
				done += pts
			} else {
				open += pts
				carried = append(carried, fmt.Sprintf("%s (%.0f)", is["key"], pts))
			}
		}
		sort.Strings(carried)
		fmt.Printf("%s (%s - %s)\ncommitted %.0f pts | completed %.0f | carried over %.0f\ncarried over: %s\n", s.Name, s.StartDate[:10], s.EndDate[:10], done+open, done, open, strings.Join(carried, ", "))
	}
}
