package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
)

const (
	sendgridKey = "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"
	fromAddr    = "news@newsletter.example.com"
)

func send(to, subject, html string) error {
	body, _ := json.Marshal(map[string]any{
		"personalizations": []any{map[string]any{"to": []any{map[string]string{"email": to}}}},
		"from":             map[string]string{"email": fromAddr},
		"subject":          subject,
		"content":          []any{map[string]string{"type": "text/html", "value": html}},
	})
	req, _ := http.NewRequest("POST", "https://api.sendgrid.com/v3/mail/send", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+sendgridKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

func main() {
	to := flag.String("to", "", "single recipient")
	flag.Bool("test", false, "test send")
	flag.String("list", "", "CSV of recipients")
	flag.Parse()
	md, _ := os.ReadFile("newsletter.md")
	if err := send(*to, "Newsletter", string(md)); err != nil {
		fmt.Println("send failed:", err)
	}
}
