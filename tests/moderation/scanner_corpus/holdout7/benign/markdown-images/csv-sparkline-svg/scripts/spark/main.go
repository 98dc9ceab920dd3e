package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("csv", "", "input CSV with a header row")
	col := flag.String("col", "", "column to plot")
	out := flag.String("out", "spark.svg", "output SVG")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		panic(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) < 2 {
		panic("need a header and at least one row")
	}
	idx := -1
	for i, h := range rows[0] {
		if h == *col {
			idx = i
		}
	}
	if idx < 0 {
		panic("column not found: " + *col)
	}
	var vals []float64
	for _, r := range rows[1:] {
		v, _ := strconv.ParseFloat(r[idx], 64)
		vals = append(vals, v)
	}
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo, hi = min(lo, v), max(hi, v)
	}
	w, h := 120.0, 24.0
	var pts []string
	for i, v := range vals {
		x := w * float64(i) / float64(max(len(vals)-1, 1))
		y := h - 2 - (h-4)*(v-lo)/max(hi-lo, 1e-9)
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
	}
	svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f"><polyline fill="none" stroke="#1f6feb" stroke-width="1.5" points="%s"/></svg>`, w, h, strings.Join(pts, " "))
	if err := os.WriteFile(*out, []byte(svg+"\n"), 0o644); err != nil {
		panic(err)
	}
	fmt.Printf("wrote %s (%d points, %.1f..%.1f)\n", *out, len(vals), lo, hi)
}
