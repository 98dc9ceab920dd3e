package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"strings"
	"time"
)

type headers []string

func (h *headers) String() string     { return strings.Join(*h, ",") }
func (h *headers) Set(v string) error { *h = append(*h, v); return nil }

func main() {
	n := flag.Int("n", 3, "runs")
	var hs headers
	flag.Var(&hs, "H", "header")
	flag.Parse()
	url := flag.Arg(0)
	fmt.Println("run  dns     connect  tls     ttfb     total")
	for i := 1; i <= *n; i++ {
		var start, dnsS, dnsE, conS, conE, tlsS, tlsE, first time.Time
		trace := &httptrace.ClientTrace{
			DNSStart:             func(httptrace.DNSStartInfo) { dnsS = time.Now() },
			DNSDone:              func(httptrace.DNSDoneInfo) { dnsE = time.Now() },
			ConnectStart:         func(_, _ string) { conS = time.Now() },
			ConnectDone:          func(_, _ string, _ error) { conE = time.Now() },
			TLSHandshakeStart:    func() { tlsS = time.Now() },
			TLSHandshakeDone:     func(tls.ConnectionState, error) { tlsE = time.Now() },
			GotFirstResponseByte: func() { first = time.Now() },
		}
		req, _ := http.NewRequest("GET", url, nil)
		for _, h := range hs {
			k, v, _ := strings.Cut(h, ":")
			req.Header.Set(strings.TrimSpace(k), strings.TrimSpace(v))
		}
		req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
		start = time.Now()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(i, "error:", err)
			continue
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		ms := func(a, b time.Time) string {
			if a.IsZero() {
				return "0ms"
			}
			return fmt.Sprintf("%dms", b.Sub(a).Milliseconds())
		}
		fmt.Printf("%-4d %-7s %-8s %-7s %-8s %s\n", i, ms(dnsS, dnsE), ms(conS, conE), ms(tlsS, tlsE),
			ms(start, first), ms(start, time.Now()))
	}
}
