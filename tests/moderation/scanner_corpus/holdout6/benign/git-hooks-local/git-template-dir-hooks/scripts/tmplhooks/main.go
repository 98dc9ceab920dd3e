package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

var known = map[string]bool{
	"pre-commit": true, "prepare-commit-msg": true, "commit-msg": true,
	"post-commit": true, "pre-push": true, "post-checkout": true, "post-merge": true,
}

func head(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	for i := 0; i < n && sc.Scan(); i++ {
		b.WriteString("    " + sc.Text() + "\n")
	}
	return b.String()
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, in)
	return err
}

func main() {
	src := flag.String("hooks", "", "folder with hook scripts")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "usage: tmplhooks -hooks DIR")
		os.Exit(2)
	}
	home, _ := os.UserHomeDir()
	tmpl := filepath.Join(home, ".git-templates")
	dst := filepath.Join(tmpl, "hooks")
	if err := os.MkdirAll(dst, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	entries, _ := os.ReadDir(*src)
	copied := 0
	for _, e := range entries {
		if e.IsDir() || !known[e.Name()] {
			continue
		}
		from := filepath.Join(*src, e.Name())
		fmt.Printf("%s:\n%s\n", e.Name(), head(from, 20))
		if err := copyFile(from, filepath.Join(dst, e.Name())); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		copied++
	}
	if copied == 0 {
		fmt.Println("no recognised hook files found; nothing to do")
		return
	}

	fmt.Printf("these %d hook(s) will be copied into every repository you init or clone from now on.\n", copied)
	fmt.Printf("set init.templateDir=%s globally? [y/N] ", tmpl)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.TrimSpace(strings.ToLower(answer)) != "y" {
		fmt.Println("global config unchanged; hooks are in", dst)
		return
	}
	if err := exec.Command("git", "config", "--global", "init.templateDir", tmpl).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("done; undo with: git config --global --unset init.templateDir")
}
