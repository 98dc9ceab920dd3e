package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

func main() {
	tag := os.Args[1]
	api, project := os.Getenv("CI_API_V4_URL"), os.Getenv("CI_PROJECT_ID")
	body, _ := json.Marshal(map[string]any{
		"tag_name": tag,
		"name":     "Release " + tag,
		"assets": map[string]any{"links": []map[string]string{{
			"name": "linux-amd64", "url": fmt.Sprintf("%s/projects/%s/packages/generic/cli/%s/cli-linux-amd64", api, project, tag),
		}}},
	})
	req, _ := http.NewRequest("POST", fmt.Sprintf("%s/projects/%s/releases", api, project), bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if t := os.Getenv("GITLAB_TOKEN"); t != "" {
		req.Header.Set("PRIVATE-TOKEN", t)
	} else {
		req.Header.Set("JOB-TOKEN", os.Getenv("CI_JOB_TOKEN"))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
}
