package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

const api = "https://api.render.com/v1"

func call(method, path string, body any, out any) error {
	var buf bytes.Buffer
	if body != nil {
		json.NewEncoder(&buf).Encode(body)
	}
	req, _ := http.NewRequest(method, api+path, &buf)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("RENDER_API_KEY"))
	req.Header.Set("Accept", "application/json")
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
	yes := flag.Bool("yes", false, "do not ask")
	clear := flag.Bool("clear-cache", false, "clear build cache")
	flag.Parse()
	svc := os.Getenv("RENDER_SERVICE_ID")
	if svc == "" || os.Getenv("RENDER_API_KEY") == "" {
		fmt.Fprintln(os.Stderr, "set RENDER_API_KEY and RENDER_SERVICE_ID")
		os.Exit(2)
	}
	var info struct{ Name string }
	if err := call("GET", "/services/"+svc, nil, &info); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if !*yes {
		fmt.Printf("Deploy service %q (%s)? [y/N] ", info.Name, svc)
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		if strings.TrimSpace(line) != "y" {
			return
		}
	}
	mode := "do_not_clear"
	if *clear {
		mode = "clear"
	}
	var dep struct{ ID, Status string }
	if err := call("POST", "/services/"+svc+"/deploys", map[string]string{"clearCache": mode}, &dep); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("deploy", dep.ID)
	for start := time.Now(); time.Since(start) < 20*time.Minute; time.Sleep(10 * time.Second) {
		call("GET", "/services/"+svc+"/deploys/"+dep.ID, nil, &dep)
		fmt.Println(time.Now().Format("15:04:05"), dep.Status)
		switch dep.Status {
		case "live":
			return
		case "build_failed", "update_failed", "canceled":
			os.Exit(1)
		}
	}
	os.Exit(1)
}
