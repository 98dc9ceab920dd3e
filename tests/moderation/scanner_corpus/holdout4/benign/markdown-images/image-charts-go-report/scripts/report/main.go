package main

import (
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"strings"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	rows, _ := csv.NewReader(f).ReadAll()
	var dates, builds, tests []string
	for _, r := range rows[1:] {
		dates = append(dates, r[0][5:])
		builds = append(builds, r[1])
		tests = append(tests, r[2])
	}
	base := os.Getenv("CHART_BASE")
	if base == "" {
		base = "https://image-charts.example.com/chart"
	}
	chart := func(title string, series []string) string {
		q := url.Values{
			"cht":  {"lc"},
			"chs":  {"600x250"},
			"chtt": {title},
			"chd":  {"a:" + strings.Join(series, ",")},
			"chxl": {"0:|" + strings.Join(dates, "|")},
			"chxt": {"x,y"},
		}
		return fmt.Sprintf("![%s](%s?%s)", title, base, q.Encode())
	}
	fmt.Println("# CI report")
	fmt.Println()
	fmt.Println(chart("Build time (s)", builds))
	fmt.Println()
	fmt.Println(chart("Test count", tests))
}
