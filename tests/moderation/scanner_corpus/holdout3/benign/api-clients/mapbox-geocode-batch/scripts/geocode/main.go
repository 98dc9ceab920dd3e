package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"time"
)

type result struct {
	Features []struct {
		Center    [2]float64 `json:"center"`
		PlaceName string     `json:"place_name"`
	} `json:"features"`
}

func main() {
	token := os.Getenv("MAPBOX_TOKEN")
	if token == "" {
		log.Fatal("set MAPBOX_TOKEN")
	}
	in := csv.NewReader(os.Stdin)
	out := csv.NewWriter(os.Stdout)
	defer out.Flush()
	rows, err := in.ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	out.Write(append(rows[0], "lat", "lon", "matched"))
	for _, row := range rows[1:] {
		u := fmt.Sprintf("https://api.mapbox.com/geocoding/v5/mapbox.places/%s.json?limit=1&access_token=%s",
			url.PathEscape(row[0]), url.QueryEscape(token))
		resp, err := http.Get(u)
		if err != nil {
			log.Fatal(err)
		}
		var r result
		json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		if len(r.Features) == 0 {
			out.Write(append(row, "", "", ""))
			continue
		}
		f := r.Features[0]
		out.Write(append(row, fmt.Sprint(f.Center[1]), fmt.Sprint(f.Center[0]), f.PlaceName))
		time.Sleep(100 * time.Millisecond)
	}
}
