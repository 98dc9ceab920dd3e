package main

import (
	"bufio"
	"encoding/base64"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	b64re = regexp.MustCompile(`[A-Za-z0-9+/_-]{16,}={0,2}`)
	hexre = regexp.MustCompile(`\b(?:[0-9a-fA-F]{2}){12,}\b`)
)

func printable(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	bad := 0
	for _, r := range string(b) {
		if !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			bad++
		}
	}
	return bad*20 < len(b)
}

func escape(s string) string {
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

func tryB64(s string) ([]byte, bool) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			return b, true
		}
	}
	return nil, false
}

func main() {
	min := flag.Int("min", 20, "minimum blob length")
	useHex := flag.Bool("hex", false, "also decode hex blobs")
	flag.Parse()

	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for sc.Scan() {
		line := sc.Text()
		var notes []string
		for _, m := range b64re.FindAllString(line, -1) {
			if len(m) < *min {
				continue
			}
			if b, ok := tryB64(m); ok {
				if printable(b) {
					notes = append(notes, "⟨decoded: "+escape(string(b))+"⟩")
				} else {
					notes = append(notes, fmt.Sprintf("⟨binary %d bytes⟩", len(b)))
				}
			}
		}
		if *useHex {
			for _, m := range hexre.FindAllString(line, -1) {
				if b, err := hex.DecodeString(m); err == nil && printable(b) {
					notes = append(notes, "⟨hex: "+escape(string(b))+"⟩")
				}
			}
		}
		fmt.Fprintln(out, escape(line))
		if len(notes) > 0 {
			fmt.Fprintln(out, "    "+strings.Join(notes, " "))
		}
	}
}
