package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func ssh(key, host, cmd string) (string, error) {
	out, err := exec.Command("ssh", "-i", key, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", host, cmd).CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

func main() {
	oldKey := flag.String("old", "", "old private key path")
	newKey := flag.String("new", "", "new private key path")
	hostsFile := flag.String("hosts", "hosts.txt", "user@host per line")
	flag.Parse()
	newPub, err := os.ReadFile(*newKey + ".pub")
	if err != nil {
		panic(err)
	}
	oldPub, _ := os.ReadFile(*oldKey + ".pub")
	oldBlob := strings.Fields(string(oldPub))[1]
	pub := strings.TrimSpace(string(newPub))

	f, _ := os.Open(*hostsFile)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		host := strings.TrimSpace(sc.Text())
		if host == "" || strings.HasPrefix(host, "#") {
			continue
		}
		add := fmt.Sprintf("grep -qxF '%s' ~/.ssh/authorized_keys || echo '%s' >> ~/.ssh/authorized_keys", pub, pub)
		if _, err := ssh(*oldKey, host, add); err != nil {
			fmt.Printf("%-30s add failed: %v\n", host, err)
			continue
		}
		if out, err := ssh(*newKey, host, "echo ok"); err != nil || out != "ok" {
			fmt.Printf("%-30s new key login FAILED, old key kept\n", host)
			continue
		}
		remove := fmt.Sprintf("cp ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak && grep -vF '%s' ~/.ssh/authorized_keys.bak > ~/.ssh/authorized_keys", oldBlob)
		if _, err := ssh(*newKey, host, remove); err != nil {
			fmt.Printf("%-30s old key removal failed: %v\n", host, err)
			continue
		}
		fmt.Printf("%-30s rotated\n", host)
	}
}
