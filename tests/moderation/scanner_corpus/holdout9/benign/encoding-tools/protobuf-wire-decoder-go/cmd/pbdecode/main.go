package main

import (
	"encoding/base64"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"google.golang.org/protobuf/encoding/protowire"
)

func dump(b []byte, indent string) bool {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return false
		}
		b = b[n:]
		switch typ {
		case protowire.VarintType:
			v, m := protowire.ConsumeVarint(b)
			if m < 0 {
				return false
			}
			fmt.Printf("%s%d: (varint) %d\n", indent, num, v)
			b = b[m:]
		case protowire.BytesType:
			v, m := protowire.ConsumeBytes(b)
			if m < 0 {
				return false
			}
			fmt.Printf("%s%d: (len)", indent, num)
			if len(v) > 0 && dumpQuiet(v) {
				fmt.Println(" {")
				dump(v, indent+"  ")
				fmt.Println(indent + "}")
			} else if utf8.Valid(v) {
				fmt.Printf(" %q\n", v)
			} else {
				fmt.Printf(" %x\n", v)
			}
			b = b[m:]
		default:
			m := protowire.ConsumeFieldValue(num, typ, b)
			if m < 0 {
				return false
			}
			fmt.Printf("%s%d: (type %d) %x\n", indent, num, typ, b[:m])
			b = b[m:]
		}
	}
	return true
}

func dumpQuiet(b []byte) bool {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 || num > 1<<20 {
			return false
		}
		m := protowire.ConsumeFieldValue(num, typ, b[n:])
		if m < 0 {
			return false
		}
		b = b[n+m:]
	}
	return true
}

func main() {
	h := flag.String("hex", "", "hex input")
	s := flag.String("b64", "", "base64 input")
	flag.Parse()
	var raw []byte
	var err error
	if *h != "" {
		raw, err = hex.DecodeString(strings.ReplaceAll(*h, " ", ""))
	} else {
		raw, err = base64.StdEncoding.DecodeString(*s)
	}
	if err != nil || !dump(raw, "") {
		fmt.Fprintln(os.Stderr, "not valid protobuf wire data")
		os.Exit(1)
	}
}
