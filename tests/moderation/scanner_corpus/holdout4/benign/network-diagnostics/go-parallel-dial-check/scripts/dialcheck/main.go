package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"sort"
	"sync"
	"time"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	var targets []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if t := sc.Text(); t != "" && t[0] != '#' {
			targets = append(targets, t)
		}
	}
	results := make(map[string]string)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, t := range targets {
		wg.Add(1)
		go func(t string) {
			defer wg.Done()
			start := time.Now()
			conn, err := net.DialTimeout("tcp", t, 3*time.Second)
			msg := fmt.Sprintf("ok %v", time.Since(start).Round(time.Millisecond))
			if err != nil {
				msg = "FAIL " + err.Error()
			} else {
				conn.Close()
			}
			mu.Lock()
			results[t] = msg
			mu.Unlock()
		}(t)
	}
	wg.Wait()
	sort.Strings(targets)
	for _, t := range targets {
		fmt.Printf("%-40s %s\n", t, results[t])
	}
}
