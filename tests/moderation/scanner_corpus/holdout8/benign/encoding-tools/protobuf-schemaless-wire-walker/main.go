package main

import (
	"encoding/base64"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

func varint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

func decode(b []byte, depth int, strict bool) bool {
	ind := strings.Repeat("  ", depth)
	for len(b) > 0 {
		key, n := varint(b)
		if n == 0 {
			return false
		}
		b = b[n:]
		field, wt := key>>3, key&7
		if field == 0 || field > 1<<29 {
			return false
		}
		switch wt {
		case 0:
			v, n := varint(b)
			if n == 0 {
				return false
			}
			if !strict {
				fmt.Printf("%s%d: (varint) %d\n", ind, field, v)
			}
			b = b[n:]
		case 2:
			l, n := varint(b)
			if n == 0 || int(l) > len(b)-n {
				return false
			}
			data := b[n : n+int(l)]
			b = b[n+int(l):]
			if strict {
				continue
			}
			if len(data) > 0 && decode(data, depth+1, true) {
				fmt.Printf("%s%d: (len %d) message {\n", ind, field, l)
				decode(data, depth+1, false)
				fmt.Printf("%s}\n", ind)
			} else if utf8.Valid(data) {
				fmt.Printf("%s%d: (len %d) %q\n", ind, field, l, data)
			} else {
				fmt.Printf("%s%d: (len %d) bytes %x\n", ind, field, l, data)
			}
		case 1, 5:
			size := 8
			if wt == 5 {
				size = 4
			}
			if len(b) < size {
				return false
			}
			if !strict {
				fmt.Printf("%s%d: (fixed%d) %x\n", ind, field, size*8, b[:size])
			}
			b = b[size:]
		default:
			return false
		}
	}
	return true
}

func main() {
	h := flag.String("hex", "", "hex input")
	b64 := flag.String("b64", "", "base64 input")
	file := flag.String("file", "", "binary file")
	grpc := flag.Bool("grpc", false, "strip gRPC frame header")
	flag.Parse()
	var data []byte
	switch {
	case *h != "":
		data, _ = hex.DecodeString(*h)
	case *b64 != "":
		data, _ = base64.StdEncoding.DecodeString(*b64)
	default:
		data, _ = os.ReadFile(*file)
	}
	if *grpc && len(data) >= 5 {
		data = data[5:]
	}
	if !decode(data, 0, false) {
		fmt.Println("(stopped: bytes are not valid protobuf from here)")
	}
}
