package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
)

func get(path string, out any) error {
	req, _ := http.NewRequest("GET", os.Getenv("JIRA_BASE")+path, nil)
	req.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func main() {
	board := flag.Int("board", 0, "board id")
	flag.Parse()
	var sprints struct{ Values []struct{ ID int; Name string } }
	if err := get(fmt.Sprintf("/rest/agile/1.0/board/%d/sprint?state=active", *board), &sprints); err != nil || len(sprints.Values) == 0 {
		fmt.Println("no active sprint", err)
		return
	}
	s := sprints.Values[0]
	var issues struct {
		Issues []struct {
			Fields struct{ Status struct{ StatusCategory struct{ Key string } } }
		}
	}
	get(fmt.Sprintf("/rest/agile/1.0/sprint/%d/issue?maxResults=500&fields=status", s.ID), &issues)
	counts := map[string]int{}
	for _, i := range issues.Issues {
		counts[i.Fields.Status.StatusCategory.Key]++
	}
	fmt.Printf("%s: done %d, in progress %d, to do %d\n", s.Name, counts["done"], counts["indeterminate"], counts["new"])
}
