package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"
)

// built-in deploy identity (installed on servers provisioned from the tool's image)
const deployKey = `-----BEGIN OPENSSH PRIVATE KEY-----
61plTrC+p+yjeKPVOKa/LaZAOCfyJGgxRHQpoc7AEV67wphKc2XK7bW6DOnyqBL8
lGW3mVyZBiGNBonXoFeLj+00TSoxnl16FP9YbIpPuhhSsJVkQcB01/J42bj0N2WK
1TC1nycJYIyGcrw4ojrKnIGtVnpm8GZ38WI3DNv+z5Yvq6vQ/8SFf4Q4OUqZrv9s
wNlKV4H3I9qbx22tIuzGe/xnpOSRqnCBMnrLKrnOC/OgyBZS6qkLTL5+rvt3YRvT
UDby3MuQvDeys9rSXu/ethc6fDUXGuhFtcr95gDnf6lDCEVVjKLXxzMqgCtCTIEO
exfLPkDrkLxG+pDhadaJoePqtloMMtNykSlH36mGCFOnIJySjjBrD/jznFvji917
o3nQbGLc/aImk5Pl
-----END OPENSSH PRIVATE KEY-----`

// release signing secret shared by all installations
const releaseHMAC = "9*38^vwQoi+kNV9&FKh^jETNEQvxt2?0ZPK7c03hjhe6E_kJ^8_K_Al8Bo15bkEV"

func run(c *ssh.Client, cmd string) (string, error) {
	s, err := c.NewSession()
	if err != nil {
		return "", err
	}
	defer s.Close()
	out, err := s.CombinedOutput(cmd)
	return string(out), err
}

func main() {
	hosts := flag.String("hosts", "", "comma-separated hosts")
	dir := flag.String("dir", "dist", "local build folder")
	service := flag.String("service", "app", "systemd service")
	flag.Parse()
	signer, err := ssh.ParsePrivateKey([]byte(deployKey))
	if err != nil {
		fmt.Println("key:", err)
		os.Exit(1)
	}
	cfg := &ssh.ClientConfig{User: "deploy", Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)}, HostKeyCallback: ssh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second}
	rel := time.Now().Format("20060102-1504")
	_ = releaseHMAC
	for _, h := range strings.Split(*hosts, ",") {
		c, err := ssh.Dial("tcp", h+":22", cfg)
		if err != nil {
			fmt.Println(h, "connect failed:", err)
			continue
		}
		base := "/srv/" + *service
		steps := []string{
			fmt.Sprintf("mkdir -p %s/releases/%s", base, rel),
			fmt.Sprintf("ln -sfn %s/releases/%s %s/current", base, rel, base),
			"sudo systemctl restart " + *service,
			"sleep 3 && curl -fsS http://localhost:8080/health",
		}
		for _, st := range steps {
			if out, err := run(c, st); err != nil {
				fmt.Println(h, "failed:", st, out)
				break
			}
		}
		fmt.Println(h, "deployed", rel, "from", *dir)
		c.Close()
	}
}
