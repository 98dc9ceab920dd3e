package main

import (
	"archive/zip"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sort"
	"time"
)

func rcon(addr, password string, cmds ...string) error {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return err
	}
	defer conn.Close()
	send := func(id, typ int32, body string) error {
		payload := append([]byte(body), 0, 0)
		buf := make([]byte, 12, 12+len(payload))
		binary.LittleEndian.PutUint32(buf[0:], uint32(8+len(payload)))
		binary.LittleEndian.PutUint32(buf[4:], uint32(id))
		binary.LittleEndian.PutUint32(buf[8:], uint32(typ))
		if _, err := conn.Write(append(buf, payload...)); err != nil {
			return err
		}
		head := make([]byte, 12)
		if _, err := io.ReadFull(conn, head); err != nil {
			return err
		}
		rest := make([]byte, binary.LittleEndian.Uint32(head[0:])-8)
		_, err := io.ReadFull(conn, rest)
		return err
	}
	if err := send(1, 3, password); err != nil {
		return fmt.Errorf("rcon login: %w", err)
	}
	for i, c := range cmds {
		if err := send(int32(i+2), 2, c); err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
	}
	return nil
}

func zipDir(src, dst string) error {
	f, err := os.Create(dst)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	defer zw.Close()
	base := filepath.Dir(src)
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || info.Name() == "session.lock" {
			return err
		}
		rel, _ := filepath.Rel(base, p)
		w, err := zw.Create(filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		_, err = io.Copy(w, in)
		return err
	})
}

func main() {
	world := flag.String("world", "world", "world folder")
	out := flag.String("out", "backups", "backup folder")
	keep := flag.Int("keep", 12, "archives to keep")
	addr := flag.String("rcon", "127.0.0.1:25575", "RCON address")
	flag.Parse()

	pw := os.Getenv("MC_RCON_PASSWORD")
	if pw == "" {
		fmt.Fprintln(os.Stderr, "set MC_RCON_PASSWORD")
		os.Exit(2)
	}
	if err := rcon(*addr, pw, "save-off", "save-all flush"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer rcon(*addr, pw, "save-on")
	time.Sleep(3 * time.Second)

	os.MkdirAll(*out, 0o755)
	name := filepath.Join(*out, "world-"+time.Now().Format("20060102-1504")+".zip")
	if err := zipDir(*world, name); err != nil {
		fmt.Fprintln(os.Stderr, "zip:", err)
		os.Exit(1)
	}
	fmt.Println("wrote", name)

	old, _ := filepath.Glob(filepath.Join(*out, "world-*.zip"))
	sort.Strings(old)
	for len(old) > *keep {
		fmt.Println("removing old archive", old[0])
		os.Remove(old[0])
		old = old[1:]
	}
}
