package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func audit(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cmd := exec.Command("ssh-keygen", "-l", "-f", "-")
		cmd.Stdin = strings.NewReader(line + "\n")
		out, err := cmd.Output()
		if err != nil {
			continue
		}
		info := strings.TrimSpace(string(out)) // "3072 SHA256:... comment (RSA)"
		verdict := "ok"
		var bits int
		fmt.Sscan(info, &bits)
		switch {
		case strings.HasSuffix(info, "(DSA)"):
			verdict = "WEAK: DSA"
		case strings.HasSuffix(info, "(RSA)") && bits < 3072:
			verdict = fmt.Sprintf("WEAK: RSA %d", bits)
		}
		fmt.Printf("%-40s %s  [%s]\n", filepath.Base(path), info, verdict)
	}
}

func main() {
	home, _ := os.UserHomeDir()
	pubs, _ := filepath.Glob(filepath.Join(home, ".ssh", "*.pub"))
	for _, p := range append(pubs, filepath.Join(home, ".ssh", "authorized_keys")) {
		audit(p)
	}
}
