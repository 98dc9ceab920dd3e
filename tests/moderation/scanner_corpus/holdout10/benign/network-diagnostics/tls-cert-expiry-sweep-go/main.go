package main

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"sort"
	"strings"
	"time"
)

type result struct {
	Endpoint, Name, Issuer, TLS, Error string
	DaysLeft                             int
	NameOK, ChainOK                      bool
}

var versions = map[uint16]string{tls.VersionTLS10: "1.0", tls.VersionTLS11: "1.1", tls.VersionTLS12: "1.2", tls.VersionTLS13: "1.3"}

func check(endpoint, name string) result {
	r := result{Endpoint: endpoint, Name: name}
	d := &net.Dialer{Timeout: 5 * time.Second}
	conn, err := tls.DialWithDialer(d, "tcp", endpoint, &tls.Config{ServerName: name, InsecureSkipVerify: true})
	if err != nil {
		r.Error = err.Error()
		return r
	}
	defer conn.Close()
	st := conn.ConnectionState()
	leaf := st.PeerCertificates[0]
	r.DaysLeft = int(time.Until(leaf.NotAfter).Hours() / 24)
	r.Issuer = leaf.Issuer.CommonName
	r.TLS = versions[st.Version]
	r.NameOK = leaf.VerifyHostname(name) == nil
	inter := x509.NewCertPool()
	for _, c := range st.PeerCertificates[1:] {
		inter.AddCert(c)
	}
	_, err = leaf.Verify(x509.VerifyOptions{DNSName: name, Intermediates: inter})
	r.ChainOK = err == nil
	if err != nil {
		r.Error = err.Error()
	}
	return r
}

func main() {
	file := flag.String("f", "endpoints.txt", "endpoint list")
	warn := flag.Int("warn", 30, "warn below this many days")
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()
	f, err := os.Open(*file)
	if err != nil {
		panic(err)
	}
	var results []result
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		name := strings.Split(fields[0], ":")[0]
		if len(fields) > 1 {
			name = fields[1]
		}
		results = append(results, check(fields[0], name))
	}
	sort.Slice(results, func(i, j int) bool { return results[i].DaysLeft < results[j].DaysLeft })
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(results)
		return
	}
	for _, r := range results {
		flagStr := ""
		if r.DaysLeft < *warn || !r.NameOK || !r.ChainOK || r.TLS == "1.0" || r.TLS == "1.1" {
			flagStr = "WARN"
		}
		fmt.Printf("%-4s %4dd  %-32s name=%-5v chain=%-5v tls=%s issuer=%s %s\n", flagStr, r.DaysLeft, r.Endpoint, r.NameOK, r.ChainOK, r.TLS, r.Issuer, r.Error)
	}
}
