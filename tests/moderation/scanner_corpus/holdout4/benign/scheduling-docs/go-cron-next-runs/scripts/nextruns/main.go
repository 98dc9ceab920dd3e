package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/robfig/cron/v3"
)

func main() {
	tz := flag.String("tz", "UTC", "IANA time zone")
	n := flag.Int("n", 5, "number of runs")
	flag.Parse()
	loc, err := time.LoadLocation(*tz)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	sched, err := cron.ParseStandard(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "invalid expression:", err)
		os.Exit(1)
	}
	t := time.Now().In(loc)
	for i := 0; i < *n; i++ {
		t = sched.Next(t)
		fmt.Println(t.Format("Mon 2006-01-02 15:04 MST"))
	}
}
