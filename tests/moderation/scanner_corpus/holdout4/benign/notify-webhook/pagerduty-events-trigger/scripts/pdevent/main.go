package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: pdevent trigger|resolve <summary> <dedup-key>")
		os.Exit(2)
	}
	action, summary, dedup := os.Args[1], os.Args[2], os.Args[3]
	event := map[string]any{
		"routing_key":  os.Getenv("PD_ROUTING_KEY"),
		"event_action": action,
		"dedup_key":    dedup,
	}
	if action == "trigger" {
		host, _ := os.Hostname()
		event["payload"] = map[string]string{"summary": summary, "source": host, "severity": "error"}
	}
	body, _ := json.Marshal(event)
	resp, err := http.Post("https://events.pagerduty.com/v2/enqueue", "application/json", bytes.NewReader(body))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
}
