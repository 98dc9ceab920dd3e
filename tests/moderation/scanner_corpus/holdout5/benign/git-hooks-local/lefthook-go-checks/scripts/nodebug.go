package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	bad := 0
	for _, path := range os.Args[1:] {
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if strings.Contains(sc.Text(), "fmt.Println(\"DEBUG") || strings.Contains(sc.Text(), "spew.Dump(") {
				fmt.Printf("%s:%d: leftover debug output\n", path, n)
				bad++
			}
		}
		f.Close()
	}
	if bad > 0 {
		os.Exit(1)
	}
}
