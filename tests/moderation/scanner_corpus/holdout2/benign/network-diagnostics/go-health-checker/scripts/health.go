package main

import (
	"fmt"
	"net/http"
	"os"
	"time"
)

func main() {
	client := &http.Client{Timeout: 5 * time.Second}
	for _, url := range os.Args[1:] {
		start := time.Now()
		resp, err := client.Get(url)
		if err != nil {
			fmt.Printf("%s DOWN (%v)\n", url, err)
			continue
		}
		resp.Body.Close()
		fmt.Printf("%s %d %s\n", url, resp.StatusCode, time.Since(start).Round(time.Millisecond))
	}
}
