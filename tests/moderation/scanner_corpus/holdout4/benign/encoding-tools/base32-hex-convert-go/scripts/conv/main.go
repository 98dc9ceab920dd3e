package main

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
)

func main() {
	from := flag.String("from", "text", "text|hex|base32|base64")
	to := flag.String("to", "hex", "text|hex|base32|base64")
	flag.Parse()
	in := flag.Arg(0)
	var data []byte
	var err error
	switch *from {
	case "text":
		data = []byte(in)
	case "hex":
		data, err = hex.DecodeString(in)
	case "base32":
		data, err = base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(trimPad(in))
	case "base64":
		data, err = base64.StdEncoding.DecodeString(in)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "decode:", err)
		os.Exit(1)
	}
	switch *to {
	case "text":
		fmt.Println(string(data))
	case "hex":
		fmt.Println(hex.EncodeToString(data))
	case "base32":
		fmt.Println(base32.StdEncoding.EncodeToString(data))
	case "base64":
		fmt.Println(base64.StdEncoding.EncodeToString(data))
	}
}

func trimPad(s string) string {
	for len(s) > 0 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
	}
	return s
}
