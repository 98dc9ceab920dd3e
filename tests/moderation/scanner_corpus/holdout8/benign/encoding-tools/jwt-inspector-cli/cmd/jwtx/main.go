package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

func part(s string) map[string]any {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		fmt.Fprintln(os.Stderr, "not base64url:", err)
		os.Exit(1)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	return m
}

func show(title string, m map[string]any) {
	var buf bytes.Buffer
	b, _ := json.Marshal(m)
	json.Indent(&buf, b, "", "  ")
	fmt.Printf("%s:\n%s\n", title, buf.String())
}

func main() {
	if len(os.Args) < 2 || os.Args[1] != "decode" {
		fmt.Println("usage: jwtx decode|verify < token")
		return
	}
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	parts := strings.Split(strings.TrimSpace(line), ".")
	if len(parts) != 3 {
		fmt.Println("not a JWS compact token")
		os.Exit(1)
	}
	h, p := part(parts[0]), part(parts[1])
	show("header", h)
	show("payload", p)
	if h["alg"] == "none" {
		fmt.Println("WARNING: alg=none, unsigned token")
	}
	for _, k := range []string{"iat", "nbf", "exp"} {
		if v, ok := p[k].(float64); ok {
			t := time.Unix(int64(v), 0)
			fmt.Printf("%s: %s (%s from now)\n", k, t.UTC().Format(time.RFC3339), time.Until(t).Round(time.Minute))
		}
	}
	fmt.Printf("signature: %d bytes (not verified)\n", len(parts[2])*3/4)
}
