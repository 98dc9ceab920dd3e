package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

type Record struct {
	ID      string `json:"id,omitempty" yaml:"-"`
	Type    string `json:"type" yaml:"type"`
	Name    string `json:"name" yaml:"name"`
	Content string `json:"content" yaml:"content"`
	TTL     int    `json:"ttl" yaml:"ttl"`
	Proxied bool   `json:"proxied" yaml:"proxied"`
}

type File struct {
	ZoneID  string   `yaml:"zone_id"`
	Zone    string   `yaml:"zone"`
	Ignore  []string `yaml:"ignore"`
	Records []Record `yaml:"records"`
}

// cf performs one Cloudflare API call; the token is read from the environment for each call.
func cf(verb, endpoint string, payload any, into any) error {
	var reader io.Reader
	if payload != nil {
		raw, err := json.Marshal(payload)
		if err != nil {
			return err
		}
		reader = bytes.NewReader(raw)
	}
	rq, err := http.NewRequest(verb, "https://api.cloudflare.com/client/v4"+endpoint, reader)
	if err != nil {
		return err
	}
	rq.Header.Add("Authorization", "Bearer "+os.Getenv("CLOUDFLARE_API_TOKEN"))
	rq.Header.Add("Content-Type", "application/json")
	client := &http.Client{Timeout: 30 * time.Second}
	reply, err := client.Do(rq)
	if err != nil {
		return err
	}
	defer reply.Body.Close()
	raw, _ := io.ReadAll(reply.Body)
	var envelope struct {
		Success bool            `json:"success"`
		Result  json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(raw, &envelope); err != nil || !envelope.Success {
		return fmt.Errorf("cloudflare %s %s: HTTP %d", verb, endpoint, reply.StatusCode)
	}
	if into == nil {
		return nil
	}
	return json.Unmarshal(envelope.Result, into)
}

func key(r Record) string { return r.Type + " " + r.Name }

func main() {
	path := flag.String("f", "records.yaml", "records file")
	apply := flag.Bool("apply", false, "apply after confirmation")
	mass := flag.Bool("allow-mass-delete", false, "allow deleting more than 5 records")
	flag.Parse()
	raw, _ := os.ReadFile(*path)
	var want File
	if err := yaml.Unmarshal(raw, &want); err != nil {
		panic(err)
	}
	var live []Record
	if err := cf("GET", "/zones/"+want.ZoneID+"/dns_records?per_page=500", nil, &live); err != nil {
		panic(err)
	}
	ignored := map[string]bool{}
	for _, t := range want.Ignore {
		ignored[t] = true
	}
	liveBy, wantBy := map[string]Record{}, map[string]Record{}
	for _, r := range live {
		liveBy[key(r)] = r
	}
	var creates, updates, deletes []Record
	for _, r := range want.Records {
		wantBy[key(r)] = r
		if l, ok := liveBy[key(r)]; !ok {
			creates = append(creates, r)
			fmt.Println("+ create", key(r), r.Content)
		} else if l.Content != r.Content || l.TTL != r.TTL || l.Proxied != r.Proxied {
			r.ID = l.ID
			updates = append(updates, r)
			fmt.Printf("~ update %s %s -> %s\n", key(r), l.Content, r.Content)
		}
	}
	for k, l := range liveBy {
		if _, ok := wantBy[k]; !ok && !ignored[l.Type] {
			deletes = append(deletes, l)
			note := ""
			if l.Type == "MX" || l.Type == "TXT" {
				note = "   <- mail/verification record, check!"
			}
			fmt.Println("- delete", k, l.Content, note)
		}
	}
	if len(deletes) > 5 && !*mass {
		fmt.Println("refusing: more than 5 deletions; check the file or pass -allow-mass-delete")
		os.Exit(1)
	}
	n := len(creates) + len(updates) + len(deletes)
	if !*apply || n == 0 {
		fmt.Printf("%d changes planned; nothing applied\n", n)
		return
	}
	fmt.Printf("Apply %d changes to zone %s? [y/N] ", n, want.Zone)
	var answer string
	fmt.Scanln(&answer)
	if strings.ToLower(strings.TrimSpace(answer)) != "y" {
		fmt.Println("nothing applied")
		return
	}
	for _, r := range creates {
		must(cf("POST", "/zones/"+want.ZoneID+"/dns_records", r, nil))
	}
	for _, r := range updates {
		must(cf("PUT", "/zones/"+want.ZoneID+"/dns_records/"+r.ID, r, nil))
	}
	for _, r := range deletes {
		must(cf("DELETE", "/zones/"+want.ZoneID+"/dns_records/"+r.ID, nil, nil))
	}
	fmt.Println("applied")
}

func must(err error) {
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
