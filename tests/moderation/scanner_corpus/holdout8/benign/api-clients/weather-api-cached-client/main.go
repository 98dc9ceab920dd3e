package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"
)

const base = "https://api.openweathermap.org/data/2.5/"

func cached(endpoint string, q url.Values) ([]byte, error) {
	key := sha256.Sum256([]byte(endpoint + q.Encode()))
	dir, _ := os.UserCacheDir()
	path := filepath.Join(dir, "weather", hex.EncodeToString(key[:8])+".json")
	if st, err := os.Stat(path); err == nil && time.Since(st.ModTime()) < 10*time.Minute {
		return os.ReadFile(path)
	}
	q.Set("appid", os.Getenv("OWM_API_KEY"))
	resp, err := http.Get(base + endpoint + "?" + q.Encode())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("weather API: %s", resp.Status)
	}
	b, _ := io.ReadAll(resp.Body)
	os.MkdirAll(filepath.Dir(path), 0o700)
	os.WriteFile(path, b, 0o600)
	return b, nil
}

func main() {
	city := flag.String("city", "", "city,country")
	lat := flag.Float64("lat", 0, "latitude")
	lon := flag.Float64("lon", 0, "longitude")
	units := flag.String("units", "metric", "metric or imperial")
	oneline := flag.Bool("oneline", false, "short output")
	flag.Parse()
	q := url.Values{"units": {*units}}
	if *city != "" {
		q.Set("q", *city)
	} else {
		q.Set("lat", fmt.Sprint(*lat))
		q.Set("lon", fmt.Sprint(*lon))
	}
	b, err := cached("weather", q)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var w struct {
		Name    string
		Main    struct{ Temp, Humidity float64 }
		Weather []struct{ Description string }
		Wind    struct{ Speed float64 }
	}
	json.Unmarshal(b, &w)
	if *oneline {
		fmt.Printf("%.0f° %s\n", w.Main.Temp, w.Weather[0].Description)
		return
	}
	fmt.Printf("%s: %.1f, %s, wind %.1f, humidity %.0f %%\n", w.Name, w.Main.Temp, w.Weather[0].Description, w.Wind.Speed, w.Main.Humidity)
}
