#!/usr/bin/env bash
# Sign each release file keylessly (OIDC in CI) and verify immediately.
set -euo pipefail
: "${GITHUB_REPOSITORY:?run inside GitHub Actions}"
identity="^https://github.com/${GITHUB_REPOSITORY}/.github/workflows/release.yml@refs/tags/v"

shopt -s nullglob
for f in dist/*.tar.gz dist/*.zip dist/checksums.txt; do
  cosign sign-blob --yes "$f" --bundle "$f.sigstore.json"
  cosign verify-blob "$f" --bundle "$f.sigstore.json" \
    --certificate-identity-regexp "$identity" \
    --certificate-oidc-issuer https://token.actions.githubusercontent.com
  echo "signed and verified: $f"
done
