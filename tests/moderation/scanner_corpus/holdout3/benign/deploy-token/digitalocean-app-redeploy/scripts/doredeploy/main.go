package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const api = "https://api.digitalocean.com/v2"

func call(method, url, token string, body []byte, out any) error {
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func main() {
	app := flag.String("app", "", "App Platform app id")
	flag.Parse()
	token := os.Getenv("DIGITALOCEAN_TOKEN")
	if token == "" || *app == "" {
		log.Fatal("need DIGITALOCEAN_TOKEN and -app")
	}
	var created struct{ Deployment struct{ ID, Phase string } }
	if err := call("POST", api+"/apps/"+*app+"/deployments", token, []byte(`{"force_build":true}`), &created); err != nil {
		log.Fatal(err)
	}
	for {
		var d struct{ Deployment struct{ Phase string } }
		if err := call("GET", api+"/apps/"+*app+"/deployments/"+created.Deployment.ID, token, nil, &d); err != nil {
			log.Fatal(err)
		}
		fmt.Println(d.Deployment.Phase)
		if d.Deployment.Phase == "ACTIVE" || d.Deployment.Phase == "ERROR" {
			return
		}
		time.Sleep(10 * time.Second)
	}
}
