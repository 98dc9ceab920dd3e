package main

import (
	"bufio"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func dump(r io.Reader) {
	d := hex.Dumper(os.Stdout)
	defer d.Close()
	io.Copy(d, r)
}

func reverse(r io.Reader) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if len(line) < 60 {
			continue
		}
		hexPart := strings.ReplaceAll(line[10:58], " ", "")
		b, err := hex.DecodeString(hexPart)
		if err == nil {
			os.Stdout.Write(b)
		}
	}
}

func main() {
	rev := flag.Bool("r", false, "reverse a dump")
	flag.Parse()
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	if *rev {
		reverse(f)
	} else {
		dump(f)
	}
}
