package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

func main() {
	url := flag.String("url", "", "receiver URL")
	event := flag.String("event", "{}", "JSON body")
	flag.Parse()
	secret := os.Getenv("WEBHOOK_SECRET")
	if *url == "" || secret == "" {
		log.Fatal("need -url and WEBHOOK_SECRET")
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(*event))
	req, _ := http.NewRequest(http.MethodPost, *url, bytes.NewBufferString(*event))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-256", "sha256="+hex.EncodeToString(mac.Sum(nil)))
	req.Header.Set("X-Timestamp", fmt.Sprint(time.Now().Unix()))
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
}
