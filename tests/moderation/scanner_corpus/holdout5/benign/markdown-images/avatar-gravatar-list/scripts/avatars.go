package main

import (
	"bufio"
	"crypto/md5"
	"fmt"
	"os"
	"strings"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), ",", 2)
		if len(parts) != 2 {
			continue
		}
		name, email := strings.TrimSpace(parts[0]), strings.ToLower(strings.TrimSpace(parts[1]))
		hash := fmt.Sprintf("%x", md5.Sum([]byte(email)))
		fmt.Printf("![%s](https://www.gravatar.com/avatar/%s?s=120&d=identicon) **%s**\n\n", name, hash, name)
	}
}
