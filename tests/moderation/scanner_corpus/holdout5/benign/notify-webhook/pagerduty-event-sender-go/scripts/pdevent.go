package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
)

func main() {
	action := flag.String("action", "trigger", "trigger | acknowledge | resolve")
	summary := flag.String("summary", "", "what is wrong")
	dedup := flag.String("dedup", "", "dedup key")
	severity := flag.String("severity", "error", "critical | error | warning | info")
	flag.Parse()
	event := map[string]any{
		"routing_key":  os.Getenv("PD_ROUTING_KEY"),
		"event_action": *action,
		"dedup_key":    *dedup,
	}
	if *action == "trigger" {
		host, _ := os.Hostname()
		event["payload"] = map[string]string{"summary": *summary, "source": host, "severity": *severity}
	}
	body, _ := json.Marshal(event)
	resp, err := http.Post("https://events.pagerduty.com/v2/enqueue", "application/json", bytes.NewReader(body))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	fmt.Println("pagerduty:", resp.Status)
}
