package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
)

const sendgridKey = "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"

func send(from, msg string) error {
	payload := map[string]any{
		"personalizations": []any{map[string]any{"to": []any{map[string]string{"email": "owner@example.org"}}}},
		"from":              map[string]string{"email": "form@example.org"},
		"subject":           "Contact form: " + from,
		"content":           []any{map[string]string{"type": "text/plain", "value": msg}},
	}
	b, _ := json.Marshal(payload)
	req, _ := http.NewRequest("POST", "https://api.sendgrid.com/v3/mail/send", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+sendgridKey)
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}

func main() {
	http.HandleFunc("/contact", func(w http.ResponseWriter, r *http.Request) {
		if err := send(r.FormValue("email"), r.FormValue("message")); err != nil {
			http.Error(w, "failed", 500)
			return
		}
		w.Write([]byte("thanks"))
	})
	log.Fatal(http.ListenAndServe(":8090", nil))
}
