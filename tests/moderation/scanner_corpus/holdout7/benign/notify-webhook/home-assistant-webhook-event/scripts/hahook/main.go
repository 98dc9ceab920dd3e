package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"time"
)

func main() {
	id := flag.String("id", "", "webhook id configured in Home Assistant")
	status := flag.String("status", "ok", "ok or failed")
	detail := flag.String("detail", "", "short detail text")
	base := flag.String("base", "https://ha.home.example.net", "Home Assistant base URL")
	flag.Parse()
	if *id == "" {
		fmt.Fprintln(os.Stderr, "need -id")
		os.Exit(2)
	}
	body, _ := json.Marshal(map[string]string{"status": *status, "detail": *detail})
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Post(*base+"/api/webhook/"+*id, "application/json", bytes.NewReader(body))
	if err != nil {
		fmt.Fprintln(os.Stderr, "post failed:", err)
		os.Exit(1)
	}
	resp.Body.Close()
	fmt.Println("home assistant answered", resp.Status)
}
