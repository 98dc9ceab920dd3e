package main

import (
	"flag"
	"fmt"
)

var version = "dev"

func main() {
	v := flag.Bool("version", false, "print version")
	flag.Parse()
	if *v {
		fmt.Println(version)
		return
	}
	fmt.Println("tool: see --help")
}
