package main

import (
	"fmt"
	"net"
	"os"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

func main() {
	addr, want := os.Args[1], os.Args[2]
	var got ssh.PublicKey
	cfg := &ssh.ClientConfig{
		User: "probe",
		HostKeyCallback: func(_ string, _ net.Addr, key ssh.PublicKey) error {
			got = key
			return fmt.Errorf("stop after host key")
		},
	}
	_, _ = ssh.Dial("tcp", addr, cfg)
	if got == nil {
		fmt.Fprintln(os.Stderr, "no host key received")
		os.Exit(1)
	}
	fp := ssh.FingerprintSHA256(got)
	fmt.Println("server presents", got.Type(), fp)
	if fp != want {
		fmt.Println("MISMATCH: do not trust this host")
		os.Exit(3)
	}
	host, _, _ := net.SplitHostPort(addr)
	fmt.Println(knownhosts.Line([]string{host}, got))
}
