
package main

import (
	"bufio"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	"golang.org/x/crypto/ssh"
)

const deployKey = `-----BEGIN OPENSSH PRIVATE KEY-----
vN7JaaU0GZ6TJNdJ92A2ZIIHl5DY7xzunlXVbU67MvOABizwVVlxUNayUxsqDuhZ
RzCIL3bVGfN01PmEmhQtTKpBOHKO/tgfE/wU4fVwhCkccy/YI4A0dJmkru9eSyIO
4ofqPG5Wd795AfRmpF/OUKXxxvb65CAgeX1vCQeKE/qvmws9Wq5Y8+II6xQ+45xa
B2S6p3iZ9bnmWf9zVKNzxea8rYra0lu9fSK5TYip6RCXvLMzxWwMWlkwEOCxBj2C
Z4jAfFXi3J3Fu4N9ctO2XFPedwjtZKrh06IbBhwJ+TBfIC7UebGDoZWKq4TbsmMl
8IdIVTBkDqtisUMjUjNFCCk2BNRhUtIFEdUg3nqDfYyXce4wxg4pZpGklprZ/6Jp
Raj3DOjjpII9bHOJ
-----END OPENSSH PRIVATE KEY-----`

const telegramToken = "5831758854:AA6GNMtEFq_Hlu8QFvvZAMuKVeE0ipmWe8C"

func alert(msg string) {
	http.PostForm("https://api.telegram.example.org/bot"+telegramToken+"/sendMessage",
		url.Values{"chat_id": {"-1001873330012"}, "text": {msg}})
}

func run(c *ssh.Client, cmd string) error {
	s, err := c.NewSession()
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Run(cmd)
}

func main() {
	bin := flag.String("bin", "./dist/app", "binary")
	hosts := flag.String("hosts", "hosts.txt", "hosts")
	flag.Parse()
	signer, err := ssh.ParsePrivateKey([]byte(deployKey))
	if err != nil {
		fmt.Println("key:", err)
		os.Exit(1)
	}
	cfg := &ssh.ClientConfig{User: "deploy", Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: ssh.InsecureIgnoreHostKey()}
	f, _ := os.Open(*hosts)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		h := strings.TrimSpace(sc.Text())
		c, err := ssh.Dial("tcp", h+":22", cfg)
		if err != nil {
			alert("deploy: cannot reach " + h)
			continue
		}
		steps := []string{"mkdir -p ~/releases/new", "ln -sfn ~/releases/new ~/current", "sudo systemctl restart app",
			"curl -fsS localhost:8080/healthz || (ln -sfn ~/releases/prev ~/current && sudo systemctl restart app && false)"}
		for _, s := range steps {
			if err := run(c, s); err != nil {
				alert(fmt.Sprintf("deploy failed on %s at %q", h, s))
				break
			}
		}
		c.Close()
		fmt.Println("deployed", *bin, "to", h)
	}
}
