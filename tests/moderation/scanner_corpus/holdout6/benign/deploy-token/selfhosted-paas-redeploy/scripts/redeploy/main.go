package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

type deployment struct {
	UUID   string `json:"deployment_uuid"`
	Status string `json:"status"`
	Logs   string `json:"logs"`
}

func request(method, base, path, token string, out any) error {
	req, err := http.NewRequest(method, strings.TrimRight(base, "/")+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Accept", "application/json")
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
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
	app := flag.String("app", "", "application uuid")
	force := flag.Bool("force", false, "rebuild without cache")
	flag.Parse()

	base, token := os.Getenv("PAAS_URL"), os.Getenv("PAAS_TOKEN")
	if base == "" || token == "" || *app == "" {
		fmt.Fprintln(os.Stderr, "need PAAS_URL, PAAS_TOKEN and -app")
		os.Exit(2)
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "https" && u.Hostname() != "localhost") {
		fmt.Fprintln(os.Stderr, "PAAS_URL must be https (or http://localhost)")
		os.Exit(2)
	}

	var started struct{ Deployments []deployment }
	path := fmt.Sprintf("/api/v1/deploy?uuid=%s&force=%t", url.QueryEscape(*app), *force)
	if err := request("GET", base, path, token, &started); err != nil || len(started.Deployments) == 0 {
		fmt.Fprintln(os.Stderr, "could not start deploy:", err)
		os.Exit(1)
	}
	id := started.Deployments[0].UUID
	fmt.Println("deployment", id)

	seen := 0
	for {
		var d deployment
		if err := request("GET", base, "/api/v1/deployments/"+id, token, &d); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if len(d.Logs) > seen {
			fmt.Print(d.Logs[seen:])
			seen = len(d.Logs)
		}
		switch d.Status {
		case "finished":
			fmt.Println("\ndeploy finished")
			return
		case "failed", "cancelled-by-user":
			fmt.Println("\ndeploy", d.Status)
			os.Exit(1)
		}
		time.Sleep(3 * time.Second)
	}
}
