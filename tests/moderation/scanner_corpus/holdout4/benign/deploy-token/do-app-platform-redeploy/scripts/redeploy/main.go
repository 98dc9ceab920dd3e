package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const api = "https://api.digitalocean.com/v2"

func call(method, path string, body any, out any) error {
	var buf bytes.Buffer
	if body != nil {
		json.NewEncoder(&buf).Encode(body)
	}
	req, _ := http.NewRequest(method, api+path, &buf)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("DIGITALOCEAN_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func main() {
	if len(os.Args) < 2 || os.Getenv("DIGITALOCEAN_TOKEN") == "" {
		fmt.Fprintln(os.Stderr, "usage: DIGITALOCEAN_TOKEN=... redeploy <app-id>")
		os.Exit(2)
	}
	app := os.Args[1]
	var created struct {
		Deployment struct{ ID string } `json:"deployment"`
	}
	if err := call("POST", "/apps/"+app+"/deployments", map[string]bool{"force_build": true}, &created); err != nil {
		panic(err)
	}
	for {
		var d struct {
			Deployment struct{ Phase string } `json:"deployment"`
		}
		if err := call("GET", "/apps/"+app+"/deployments/"+created.Deployment.ID, nil, &d); err != nil {
			panic(err)
		}
		fmt.Println(d.Deployment.Phase)
		if d.Deployment.Phase == "ACTIVE" || d.Deployment.Phase == "ERROR" {
			return
		}
		time.Sleep(10 * time.Second)
	}
}
