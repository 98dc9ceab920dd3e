package main

import (
	"os"

	"gopkg.in/yaml.v3"
)

func load(path string) []target {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	var c struct{ Targets []target `yaml:"targets"` }
	if err := yaml.Unmarshal(b, &c); err != nil {
		panic(err)
	}
	return c.Targets
}
