package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

type alert struct {
	Status      string            `json:"status"`
	Labels      map[string]string `json:"labels"`
	Annotations map[string]string `json:"annotations"`
}

type payload struct {
	Alerts []alert `json:"alerts"`
}

func send(text string) error {
	hs, room, token := os.Getenv("RELAY_HOMESERVER"), os.Getenv("RELAY_ROOM"), os.Getenv("RELAY_MATRIX_TOKEN")
	txn := fmt.Sprint(time.Now().UnixNano())
	u := fmt.Sprintf("%s/_matrix/client/v3/rooms/%s/send/m.room.message/%s", hs, url.PathEscape(room), txn)
	body, _ := json.Marshal(map[string]string{"msgtype": "m.text", "body": text})
	req, _ := http.NewRequest(http.MethodPut, u, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("matrix: %s", resp.Status)
	}
	return nil
}

func handle(w http.ResponseWriter, r *http.Request) {
	var p payload
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad json", 400)
		return
	}
	var lines []string
	for _, a := range p.Alerts {
		icon := "🔥 FIRING"
		if a.Status == "resolved" {
			icon = "✅ RESOLVED"
		}
		lines = append(lines, fmt.Sprintf("%s [%s] %s on %s: %s", icon, a.Labels["severity"],
			a.Labels["alertname"], a.Labels["instance"], a.Annotations["summary"]))
	}
	if err := send(strings.Join(lines, "\n")); err != nil {
		log.Println(err)
		http.Error(w, "relay failed", 502)
		return
	}
	w.WriteHeader(204)
}

func main() {
	for _, k := range []string{"RELAY_HOMESERVER", "RELAY_ROOM", "RELAY_MATRIX_TOKEN"} {
		if os.Getenv(k) == "" {
			log.Fatalf("%s is not set", k)
		}
	}
	http.HandleFunc("/alert", handle)
	log.Fatal(http.ListenAndServe("127.0.0.1:9099", nil))
}
