package main

import (
	"crypto/rand"
	"flag"
	"os"
	"time"

	"golang.org/x/crypto/ssh"
)

func main() {
	caPath := flag.String("ca", "", "CA private key")
	pubPath := flag.String("pub", "", "user public key")
	principal := flag.String("principal", "", "login name")
	hours := flag.Int("hours", 8, "validity")
	flag.Parse()

	caBytes, err := os.ReadFile(*caPath)
	check(err)
	signer, err := ssh.ParsePrivateKey(caBytes)
	check(err)
	pubBytes, err := os.ReadFile(*pubPath)
	check(err)
	pub, comment, _, _, err := ssh.ParseAuthorizedKey(pubBytes)
	check(err)

	now := time.Now()
	cert := &ssh.Certificate{
		Key:             pub,
		CertType:        ssh.UserCert,
		KeyId:           comment,
		ValidPrincipals: []string{*principal},
		ValidAfter:      uint64(now.Add(-5 * time.Minute).Unix()),
		ValidBefore:     uint64(now.Add(time.Duration(*hours) * time.Hour).Unix()),
		Permissions:     ssh.Permissions{Extensions: map[string]string{"permit-pty": ""}},
	}
	check(cert.SignCert(rand.Reader, signer))
	out := (*pubPath)[:len(*pubPath)-4] + "-cert.pub"
	check(os.WriteFile(out, ssh.MarshalAuthorizedKey(cert), 0o644))
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
