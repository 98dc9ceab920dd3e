package main

import (
	"bufio"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

// ratio reads a Prometheus text endpoint and returns 5xx/total for http_requests_total.
func ratio(url string) (float64, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var total, bad float64
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		l := sc.Text()
		if !strings.HasPrefix(l, "http_requests_total{") {
			continue
		}
		f := strings.Fields(l)
		v, _ := strconv.ParseFloat(f[len(f)-1], 64)
		total += v
		if strings.Contains(l, `code="5`) {
			bad += v
		}
	}
	if total == 0 {
		return 0, nil
	}
	return bad / total, nil
}

func main() {
	// Both URLs are local port-forwards the user opened: localhost:9101 canary, :9102 stable.
	for i := 0; i < 10; i++ {
		c, _ := ratio("http://localhost:9101/metrics")
		s, _ := ratio("http://localhost:9102/metrics")
		fmt.Printf("minute %d: canary %.3f stable %.3f\n", i+1, c, s)
		if c > s+0.02 {
			os.Exit(1)
		}
		time.Sleep(time.Minute)
	}
}
