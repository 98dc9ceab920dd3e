package main

import (
	"bufio"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	key := flag.String("key", "", "GPG key id or fingerprint")
	out := flag.String("out", "", "output folder")
	flag.Parse()
	if *key == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: keypaper -key KEYID -out DIR")
		os.Exit(2)
	}
	cmd := exec.Command("sh", "-c", "gpg --export-secret-keys \"$1\" | paperkey --output-type base16", "sh", *key)
	cmd.Stderr = os.Stderr
	text, err := cmd.Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gpg/paperkey failed:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(*out, 0o700); err != nil {
		panic(err)
	}
	path := filepath.Join(*out, "paperkey-"+*key+".txt")
	if err := os.WriteFile(path, text, 0o600); err != nil {
		panic(err)
	}
	fmt.Printf("wrote %s (%d lines), sha256 %x\n", path, strings.Count(string(text), "\n"), sha256.Sum256(text))
	fmt.Print("Printed it? Delete the file now? [y/N] ")
	ans, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.TrimSpace(ans) == "y" {
		os.Remove(path)
		fmt.Println("deleted")
	}
}
