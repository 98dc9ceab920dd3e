package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func sum(path string) string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	io.Copy(h, f)
	return hex.EncodeToString(h.Sum(nil))
}

func main() {
	src := flag.String("src", "", "local folder")
	dst := flag.String("dst", "", "WebDAV folder URL")
	flag.Parse()
	user, pass := os.Getenv("DAV_USER"), os.Getenv("DAV_APP_PASSWORD")
	indexPath := filepath.Join(*src, ".davpush-index.json")
	index := map[string]string{}
	if b, err := os.ReadFile(indexPath); err == nil {
		json.Unmarshal(b, &index)
	}
	filepath.Walk(*src, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || p == indexPath {
			return err
		}
		rel, _ := filepath.Rel(*src, p)
		h := sum(p)
		if index[rel] == h {
			return nil
		}
		f, _ := os.Open(p)
		defer f.Close()
		req, _ := http.NewRequest("PUT", strings.TrimRight(*dst, "/")+"/"+filepath.ToSlash(rel), f)
		req.SetBasicAuth(user, pass)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		log.Println(resp.Status, rel)
		index[rel] = h
		return nil
	})
	b, _ := json.MarshalIndent(index, "", " ")
	os.WriteFile(indexPath, b, 0o600)
}
