package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

type deploy struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func call(method, url, key string, body string) (*http.Response, error) {
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

func main() {
	service := flag.String("service", "", "Render service id (srv-...)")
	flag.Parse()
	key := os.Getenv("RENDER_API_KEY")
	if key == "" || *service == "" {
		fmt.Fprintln(os.Stderr, "need RENDER_API_KEY and -service")
		os.Exit(2)
	}
	base := "https://api.render.com/v1/services/" + *service + "/deploys"
	resp, err := call("POST", base, key, `{"clearCache":"do_not_clear"}`)
	if err != nil {
		panic(err)
	}
	var d deploy
	json.NewDecoder(resp.Body).Decode(&d)
	resp.Body.Close()
	fmt.Println("deploy", d.ID, "started")
	for i := 0; i < 60; i++ {
		time.Sleep(10 * time.Second)
		resp, err := call("GET", base+"/"+d.ID, key, "")
		if err != nil {
			continue
		}
		json.NewDecoder(resp.Body).Decode(&d)
		resp.Body.Close()
		fmt.Println("status:", d.Status)
		if d.Status == "live" || strings.HasSuffix(d.Status, "failed") || d.Status == "canceled" {
			return
		}
	}
}
