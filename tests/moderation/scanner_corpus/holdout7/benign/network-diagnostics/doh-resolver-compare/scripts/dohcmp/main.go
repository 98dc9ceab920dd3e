package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"
)

type dohAnswer struct {
	Answer []struct {
		Type int    `json:"type"`
		Data string `json:"data"`
	} `json:"Answer"`
}

func viaDoH(endpoint, name string) ([]string, time.Duration, error) {
	start := time.Now()
	req, _ := http.NewRequest("GET", endpoint+"?name="+url.QueryEscape(name)+"&type=A", nil)
	req.Header.Set("Accept", "application/dns-json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	var a dohAnswer
	json.NewDecoder(resp.Body).Decode(&a)
	var ips []string
	for _, r := range a.Answer {
		if r.Type == 1 {
			ips = append(ips, r.Data)
		}
	}
	sort.Strings(ips)
	return ips, time.Since(start), nil
}

func main() {
	doh := flag.String("doh", "", "DoH endpoint (JSON API)")
	flag.Parse()
	for _, name := range flag.Args() {
		start := time.Now()
		local, err := net.DefaultResolver.LookupHost(context.Background(), name)
		lt := time.Since(start)
		if err != nil {
			local = []string{"error: " + err.Error()}
		}
		sort.Strings(local)
		remote, rt, err := viaDoH(*doh, name)
		if err != nil {
			remote = []string{"error: " + err.Error()}
		}
		mark := ""
		if strings.Join(local, ",") != strings.Join(remote, ",") {
			mark = "  DIFF"
		}
		fmt.Printf("%-28s local %-32s %6.1fms | doh %-32s %6.1fms%s\n", name,
			strings.Join(local, ","), lt.Seconds()*1000, strings.Join(remote, ","), rt.Seconds()*1000, mark)
	}
}
