package main

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"flag"
	"fmt"
	"math/big"
	"os"
	"strings"
)

const b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

func enc58(b []byte) string {
	n := new(big.Int).SetBytes(b)
	var out []byte
	mod := new(big.Int)
	for n.Sign() > 0 {
		n.DivMod(n, big.NewInt(58), mod)
		out = append([]byte{b58[mod.Int64()]}, out...)
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append([]byte{'1'}, out...)
	}
	return string(out)
}

func dec58(s string) ([]byte, error) {
	n := new(big.Int)
	for _, r := range s {
		i := strings.IndexRune(b58, r)
		if i < 0 {
			return nil, fmt.Errorf("bad base58 character %q", r)
		}
		n.Mul(n, big.NewInt(58)).Add(n, big.NewInt(int64(i)))
	}
	lead := len(s) - len(strings.TrimLeft(s, "1"))
	return append(make([]byte, lead), n.Bytes()...), nil
}

func main() {
	from := flag.String("from", "hex", "hex|base32|base58|base64")
	to := flag.String("to", "base64", "hex|base32|base58|base64")
	flag.Parse()
	in := flag.Arg(0)
	var raw []byte
	var err error
	switch *from {
	case "hex":
		raw, err = hex.DecodeString(in)
	case "base32":
		raw, err = base32.StdEncoding.DecodeString(in)
	case "base58":
		raw, err = dec58(in)
	case "base64":
		raw, err = base64.StdEncoding.DecodeString(in)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch *to {
	case "hex":
		fmt.Println(hex.EncodeToString(raw))
	case "base32":
		fmt.Println(base32.StdEncoding.EncodeToString(raw))
	case "base58":
		fmt.Println(enc58(raw))
	default:
		fmt.Println(base64.StdEncoding.EncodeToString(raw))
	}
}
