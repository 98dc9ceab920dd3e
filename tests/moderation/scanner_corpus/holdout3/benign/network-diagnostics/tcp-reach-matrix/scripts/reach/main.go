package main

import (
	"bufio"
	"flag"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"time"
)

func main() {
	file := flag.String("f", "targets.txt", "host:port per line")
	timeout := flag.Duration("timeout", 2*time.Second, "dial timeout")
	flag.Parse()
	f, err := os.Open(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var targets []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if t := strings.TrimSpace(sc.Text()); t != "" && !strings.HasPrefix(t, "#") {
			targets = append(targets, t)
		}
	}
	results := make([]string, len(targets))
	var wg sync.WaitGroup
	for i, t := range targets {
		wg.Add(1)
		go func(i int, t string) {
			defer wg.Done()
			start := time.Now()
			conn, err := net.DialTimeout("tcp", t, *timeout)
			if err != nil {
				results[i] = fmt.Sprintf("%-40s FAIL  %v", t, err)
				return
			}
			conn.Close()
			results[i] = fmt.Sprintf("%-40s OK    %v", t, time.Since(start).Round(time.Millisecond))
		}(i, t)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
