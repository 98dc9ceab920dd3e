package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"
)

type forecast struct {
	List []struct {
		Dt   int64 `json:"dt"`
		Main struct {
			Temp float64 `json:"temp"`
		} `json:"main"`
		Weather []struct {
			Description string `json:"description"`
		} `json:"weather"`
	} `json:"list"`
}

func main() {
	q := url.Values{"q": {os.Args[1]}, "units": {"metric"}, "appid": {os.Getenv("OWM_API_KEY")}}
	resp, err := http.Get("https://api.openweathermap.org/data/2.5/forecast?" + q.Encode())
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var f forecast
	json.NewDecoder(resp.Body).Decode(&f)
	for i, item := range f.List {
		if i%8 != 4 { // one reading per day, around midday
			continue
		}
		t := time.Unix(item.Dt, 0)
		fmt.Printf("%s  %5.1f°C  %s\n", t.Format("Mon 02 Jan"), item.Main.Temp, item.Weather[0].Description)
	}
}
