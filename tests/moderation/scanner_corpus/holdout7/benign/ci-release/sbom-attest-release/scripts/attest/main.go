package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func run(name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "%s failed: %v\n", name, err)
		os.Exit(1)
	}
}

func main() {
	image := flag.String("image", "", "image reference by digest")
	flag.Parse()
	if !strings.Contains(*image, "@sha256:") {
		fmt.Fprintln(os.Stderr, "pass the image by digest (name@sha256:...)")
		os.Exit(2)
	}
	if os.Getenv("ACTIONS_ID_TOKEN_REQUEST_URL") == "" {
		fmt.Fprintln(os.Stderr, "keyless signing needs the CI OIDC token; run in the release job")
		os.Exit(2)
	}
	run("syft", *image, "-o", "spdx-json=sbom.spdx.json")
	run("cosign", "attest", "--yes", "--predicate", "sbom.spdx.json", "--type", "spdxjson", *image)
	fmt.Println("attestation pushed; verify with:")
	fmt.Printf("  cosign verify-attestation --type spdxjson --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp '^https://github.com/OWNER/' %s\n", *image)
}
