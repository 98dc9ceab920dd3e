package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"
)

func usedPercent(path string) (float64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return 0, err
	}
	total := float64(st.Blocks) * float64(st.Bsize)
	free := float64(st.Bavail) * float64(st.Bsize)
	return 100 * (total - free) / total, nil
}

func send(text string) error {
	hs, token, room := os.Getenv("MATRIX_HOMESERVER"), os.Getenv("MATRIX_TOKEN"), os.Getenv("MATRIX_ROOM")
	txn := fmt.Sprintf("diskalert-%d", time.Now().UnixNano())
	endpoint := fmt.Sprintf("%s/_matrix/client/v3/rooms/%s/send/m.room.message/%s",
		strings.TrimRight(hs, "/"), url.PathEscape(room), txn)
	body, _ := json.Marshal(map[string]string{"msgtype": "m.text", "body": text})
	req, _ := http.NewRequest(http.MethodPut, endpoint, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("homeserver returned %s", resp.Status)
	}
	return nil
}

func main() {
	mounts := flag.String("mounts", "/", "comma-separated mount points")
	warn := flag.Float64("warn", 85, "alert above this percentage used")
	interval := flag.Duration("interval", 5*time.Minute, "check interval")
	flag.Parse()
	for _, v := range []string{"MATRIX_HOMESERVER", "MATRIX_TOKEN", "MATRIX_ROOM"} {
		if os.Getenv(v) == "" {
			log.Fatalf("%s is not set", v)
		}
	}
	host, _ := os.Hostname()
	alerting := map[string]bool{}
	for {
		for _, m := range strings.Split(*mounts, ",") {
			pct, err := usedPercent(m)
			if err != nil {
				log.Printf("%s: %v", m, err)
				continue
			}
			switch {
			case pct >= *warn && !alerting[m]:
				alerting[m] = true
				if err := send(fmt.Sprintf("💾 %s: %s is %.0f%% full (threshold %.0f%%)", host, m, pct, *warn)); err != nil {
					log.Print(err)
				}
			case pct < *warn-2 && alerting[m]:
				alerting[m] = false
				send(fmt.Sprintf("✅ %s: %s back to %.0f%%", host, m, pct))
			}
		}
		time.Sleep(*interval)
	}
}
