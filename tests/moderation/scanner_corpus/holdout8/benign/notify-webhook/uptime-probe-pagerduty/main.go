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

type target struct {
	Name         string `yaml:"name"`
	URL          string `yaml:"url"`
	ExpectStatus int    `yaml:"expect_status"`
	MaxLatencyMs int    `yaml:"max_latency_ms"`
}

func event(action, key, summary, severity string) error {
	body, _ := json.Marshal(map[string]any{
		"routing_key":  os.Getenv("PAGERDUTY_ROUTING_KEY"),
		"event_action": action,
		"dedup_key":    key,
		"payload": map[string]any{"summary": summary, "source": "probe@" + hostname(), "severity": severity},
	})
	resp, err := http.Post("https://events.pagerduty.com/v2/enqueue", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func hostname() string { h, _ := os.Hostname(); return h }

func check(t target) (bool, string) {
	start := time.Now()
	resp, err := http.Get(t.URL)
	if err != nil {
		return false, err.Error()
	}
	resp.Body.Close()
	ms := int(time.Since(start).Milliseconds())
	if t.ExpectStatus != 0 && resp.StatusCode != t.ExpectStatus {
		return false, fmt.Sprintf("status %d", resp.StatusCode)
	}
	if t.MaxLatencyMs != 0 && ms > t.MaxLatencyMs {
		return false, fmt.Sprintf("latency %dms", ms)
	}
	return true, "ok"
}

func main() {
	cfg := flag.String("config", "probe.yaml", "config file")
	flag.Parse()
	targets := load(*cfg)
	fails := map[string]int{}
	for range time.Tick(time.Minute) {
		for _, t := range targets {
			ok, why := check(t)
			key := "probe/" + t.Name
			if ok {
				if fails[t.Name] >= 3 {
					event("resolve", key, t.Name+" recovered", "info")
				}
				fails[t.Name] = 0
				continue
			}
			fails[t.Name]++
			if fails[t.Name] == 3 {
				event("trigger", key, t.Name+": "+why, "critical")
			}
		}
	}
}
