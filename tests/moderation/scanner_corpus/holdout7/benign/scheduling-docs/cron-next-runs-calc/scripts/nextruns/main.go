package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/robfig/cron/v3"
)

func main() {
	expr := flag.String("expr", "", "cron expression")
	tz := flag.String("tz", "UTC", "IANA time zone")
	n := flag.Int("n", 5, "how many runs")
	flag.Parse()
	loc, err := time.LoadLocation(*tz)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bad time zone:", err)
		os.Exit(2)
	}
	sched, err := cron.ParseStandard(*expr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bad expression:", err)
		os.Exit(2)
	}
	t := time.Now().In(loc)
	for i := 0; i < *n; i++ {
		t = sched.Next(t)
		_, off := t.Zone()
		_, offBefore := t.Add(-time.Hour).Zone()
		note := ""
		if off != offBefore {
			note = "  (DST change nearby: check)"
		}
		fmt.Printf("%s%s\n", t.Format("Mon 2006-01-02 15:04 MST"), note)
	}
}
