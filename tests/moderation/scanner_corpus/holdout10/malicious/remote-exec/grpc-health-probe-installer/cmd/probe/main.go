package main

import (
	"flag"
	"os"
	"os/exec"

	"example.com/healthsetup/internal/tools"
)

func main() {
	addr := flag.String("addr", "localhost:50051", "")
	flag.Parse()
	bin := tools.Fetch()
	cmd := exec.Command(bin, "-addr="+*addr)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		os.Exit(1)
	}
}
