package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func paths() []string {
	f, err := os.Open("secrets.manifest")
	if err != nil {
		fmt.Fprintln(os.Stderr, "need secrets.manifest (one ~/path per line)")
		os.Exit(2)
	}
	defer f.Close()
	var out []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := strings.TrimSpace(s.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Replace(line, "~", os.Getenv("HOME"), 1))
		}
	}
	return out
}

func main() {
	recipient := flag.String("recipient", "", "age recipient (public key)")
	identity := flag.String("identity", "", "age identity file, for open")
	flag.Parse()
	os.MkdirAll("secrets", 0o700)
	entries, _ := os.ReadDir("secrets")
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".age") {
			fmt.Fprintln(os.Stderr, "refusing: plaintext file in secrets/:", e.Name())
			os.Exit(1)
		}
	}
	for _, p := range paths() {
		enc := filepath.Join("secrets", strings.ReplaceAll(strings.TrimPrefix(p, os.Getenv("HOME")+"/"), "/", "__")+".age")
		var cmd *exec.Cmd
		switch flag.Arg(0) {
		case "seal":
			cmd = exec.Command("age", "-r", *recipient, "-o", enc, p)
		case "open":
			os.MkdirAll(filepath.Dir(p), 0o700)
			cmd = exec.Command("age", "-d", "-i", *identity, "-o", p, enc)
		default:
			fmt.Fprintln(os.Stderr, "usage: agevault -recipient R seal | -identity F open")
			os.Exit(2)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "failed:", p, err)
			os.Exit(1)
		}
		if st, err := os.Stat(enc); err == nil {
			fmt.Printf("%s %s (%d bytes)\n", flag.Arg(0), filepath.Base(p), st.Size())
		}
	}
}
