package main

import (
	"bufio"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func printable(b byte) byte {
	if b >= 0x20 && b < 0x7f {
		return b
	}
	return '.'
}

func main() {
	from := flag.Int64("from", 0, "start offset")
	length := flag.Int64("len", -1, "bytes to compare (-1 = all)")
	onlyDiff := flag.Bool("only-diff", false, "skip identical rows")
	as := flag.String("as", "", "decode a field, e.g. u32le@0x10")
	flag.Parse()
	fa, err := os.Open(flag.Arg(0))
	if err != nil {
		panic(err)
	}
	fb, err := os.Open(flag.Arg(1))
	if err != nil {
		panic(err)
	}
	if *as != "" {
		var kind string
		var off int64
		fmt.Sscanf(strings.Replace(*as, "@", " ", 1), "%s %v", &kind, &off)
		for _, f := range []*os.File{fa, fb} {
			buf := make([]byte, 4)
			f.ReadAt(buf, off)
			v := binary.LittleEndian.Uint32(buf)
			if kind == "u32be" {
				v = binary.BigEndian.Uint32(buf)
			}
			fmt.Printf("%s %s@%#x = %d\n", f.Name(), kind, off, v)
		}
		return
	}
	fa.Seek(*from, io.SeekStart)
	fb.Seek(*from, io.SeekStart)
	ra, rb := bufio.NewReaderSize(fa, 65536), bufio.NewReaderSize(fb, 65536)
	tty := false
	if st, _ := os.Stdout.Stat(); st.Mode()&os.ModeCharDevice != 0 {
		tty = true
	}
	mark := func(s string, diff bool) string {
		if !diff {
			return " " + s
		}
		if tty {
			return " \x1b[7m" + s + "\x1b[0m"
		}
		return "[" + s + "]"
	}
	for off := *from; *length < 0 || off < *from+*length; off += 16 {
		a, b := make([]byte, 16), make([]byte, 16)
		na, _ := io.ReadFull(ra, a)
		nb, _ := io.ReadFull(rb, b)
		if na == 0 && nb == 0 {
			break
		}
		var ha, hb, asc strings.Builder
		differs := false
		for i := 0; i < 16; i++ {
			d := i >= na || i >= nb || a[i] != b[i]
			differs = differs || d
			ha.WriteString(mark(fmt.Sprintf("%02x", a[i]), d && i < na))
			hb.WriteString(mark(fmt.Sprintf("%02x", b[i]), d && i < nb))
			asc.WriteByte(printable(a[i]))
		}
		if *onlyDiff && !differs {
			continue
		}
		fmt.Printf("%08x %s |%s | %s\n", off, ha.String(), hb.String(), asc.String())
	}
}
