package main

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"os"
	"time"
)

func handshake(addr, host string, max uint16) (*tls.ConnectionState, error) {
	conn, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", addr, &tls.Config{ServerName: host, InsecureSkipVerify: true, MaxVersion: max})
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	st := conn.ConnectionState()
	return &st, nil
}

func main() {
	addr := os.Args[1]
	host, _, _ := net.SplitHostPort(addr)
	st, err := handshake(addr, host, 0)
	if err != nil {
		fmt.Println("handshake failed:", err)
		os.Exit(1)
	}
	for i, c := range st.PeerCertificates {
		fmt.Printf("%d: %s\n   issuer %s\n   SANs %v\n   expires %s (%d days)\n", i, c.Subject, c.Issuer, c.DNSNames, c.NotAfter.Format("2006-01-02"), int(time.Until(c.NotAfter).Hours()/24))
	}
	inter := x509.NewCertPool()
	for _, c := range st.PeerCertificates[1:] {
		inter.AddCert(c)
	}
	_, verr := st.PeerCertificates[0].Verify(x509.VerifyOptions{DNSName: host, Intermediates: inter})
	fmt.Println("chain as sent verifies:", verr == nil, verr)
	fmt.Println("protocol:", tls.VersionName(st.Version), "cipher:", tls.CipherSuiteName(st.CipherSuite))
	fmt.Println("OCSP stapled:", len(st.OCSPResponse) > 0)
	for _, v := range []uint16{tls.VersionTLS10, tls.VersionTLS11} {
		if _, err := handshake(addr, host, v); err == nil {
			fmt.Println("WARNING: accepts", tls.VersionName(v))
		}
	}
}
