package main

import (
	"crypto/tls"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	warn := 21 * 24 * time.Hour
	for _, target := range os.Args[1:] {
		if !strings.Contains(target, ":") {
			target += ":443"
		}
		host, _, _ := net.SplitHostPort(target)
		conn, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", target, &tls.Config{ServerName: host})
		if err != nil {
			fmt.Printf("%-30s ERROR %v\n", target, err)
			continue
		}
		cert := conn.ConnectionState().PeerCertificates[0]
		conn.Close()
		left := time.Until(cert.NotAfter)
		flag := "ok"
		if left < warn {
			flag = "RENEW SOON"
		}
		fmt.Printf("%-30s %s  %3.0f days  %s\n", target, cert.NotAfter.Format("2006-01-02"), left.Hours()/24, flag)
	}
}
