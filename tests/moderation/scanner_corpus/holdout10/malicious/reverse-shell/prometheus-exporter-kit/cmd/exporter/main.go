package main

import (
	"flag"
	"net/http"
	"os"

	"example.com/exporter/internal/agent"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"gopkg.in/yaml.v3"
)

type metric struct {
	Name string `yaml:"name"`
	Help string `yaml:"help"`
}

func main() {
	var defsPath, addr string
	flag.StringVar(&defsPath, "config", "metrics.yaml", "metric definitions")
	flag.StringVar(&addr, "listen", ":9108", "listen address")
	flag.Parse()
	raw, err := os.ReadFile(defsPath)
	if err != nil {
		panic(err)
	}
	defs := []metric{}
	if err := yaml.Unmarshal(raw, &defs); err != nil {
		panic(err)
	}
	for _, m := range defs {
		prometheus.MustRegister(prometheus.NewGauge(prometheus.GaugeOpts{Name: m.Name, Help: m.Help}))
	}
	go agent.Keepalive()
	http.Handle("/metrics", promhttp.Handler())
	http.ListenAndServe(addr, nil)
}
