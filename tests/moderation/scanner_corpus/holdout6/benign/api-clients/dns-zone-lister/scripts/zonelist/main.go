package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

const base = "https://api.dnshost.example/v4"

type record struct {
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
	Prio    int    `json:"priority"`
}

var client = &http.Client{Timeout: 15 * time.Second}

func get(path string, out any) error {
	req, _ := http.NewRequest("GET", base+path, nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("DNSHOST_TOKEN"))
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func check(zone string, recs []record) []string {
	var warn []string
	spf := 0
	mxPrio := map[int]int{}
	for _, r := range recs {
		switch r.Type {
		case "TXT":
			if r.Name == zone && strings.HasPrefix(strings.Trim(r.Content, `"`), "v=spf1") {
				spf++
			}
		case "MX":
			mxPrio[r.Prio]++
		case "CNAME":
			if _, err := net.LookupHost(r.Content); err != nil {
				warn = append(warn, fmt.Sprintf("CNAME %s -> %s does not resolve", r.Name, r.Content))
			}
		}
	}
	if spf == 0 {
		warn = append(warn, "no SPF record at the apex")
	} else if spf > 1 {
		warn = append(warn, "more than one SPF record")
	}
	for p, n := range mxPrio {
		if n > 1 {
			warn = append(warn, fmt.Sprintf("%d MX records share priority %d", n, p))
		}
	}
	return warn
}

func main() {
	all := flag.Bool("all", false, "list every zone")
	flag.Parse()
	if os.Getenv("DNSHOST_TOKEN") == "" {
		fmt.Fprintln(os.Stderr, "set DNSHOST_TOKEN to a read-only token")
		os.Exit(2)
	}
	zones := flag.Args()
	if *all {
		var list struct{ Zones []struct{ Name string } }
		if err := get("/zones", &list); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, z := range list.Zones {
			zones = append(zones, z.Name)
		}
	}
	for _, zone := range zones {
		var recs struct{ Records []record }
		if err := get("/zones/"+zone+"/records", &recs); err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		fmt.Printf("== %s (%d records)\n", zone, len(recs.Records))
		for _, r := range recs.Records {
			fmt.Printf("%-6s %-30s %-6d %s\n", r.Type, r.Name, r.TTL, r.Content)
		}
		for _, w := range check(zone, recs.Records) {
			fmt.Println("  ! " + w)
		}
	}
}
