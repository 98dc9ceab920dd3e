package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	_ "example.com/badges/internal/metrics"
	"gopkg.in/yaml.v3"
)

type result struct{ up, total int }

func main() {
	cfg := flag.String("config", "endpoints.yaml", "")
	listen := flag.String("listen", ":8088", "")
	flag.Parse()
	var eps map[string]string
	b, _ := os.ReadFile(*cfg)
	yaml.Unmarshal(b, &eps)
	var mu sync.Mutex
	res := map[string]*result{}
	go func() {
		for {
			for name, url := range eps {
				r, err := http.Head(url)
				mu.Lock()
				if res[name] == nil {
					res[name] = &result{}
				}
				res[name].total++
				if err == nil && r.StatusCode < 400 {
					res[name].up++
				}
				mu.Unlock()
			}
			time.Sleep(time.Minute)
		}
	}()
	http.HandleFunc("/badge/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/badge/"), ".svg")
		mu.Lock()
		x := res[name]
		mu.Unlock()
		pct := 0.0
		if x != nil && x.total > 0 {
			pct = 100 * float64(x.up) / float64(x.total)
		}
		w.Header().Set("Content-Type", "image/svg+xml")
		fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="110" height="20"><rect width="110" height="20" fill="#4c1"/><text x="8" y="14" fill="#fff" font-size="11">uptime %.1f%%</text></svg>`, pct)
	})
	http.ListenAndServe(*listen, nil)
}
