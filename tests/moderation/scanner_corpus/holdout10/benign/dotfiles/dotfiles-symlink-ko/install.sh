#!/usr/bin/env bash
# dotfiles 링크 적용: --plan(계획만), 기본(확인 후 적용), --undo <백업폴더>
set -euo pipefail
repo="$(cd "$(dirname "$0")" && pwd)"
backup="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"

if [[ "${1:-}" == "--undo" ]]; then
  from="${2:?백업 폴더를 주세요}"
  (cd "$from" && find . -type f) | while read -r rel; do
    target="$HOME/${rel#./}"
    [[ -L "$target" ]] && rm "$target"
    mv -v "$from/$rel" "$target"
  done
  exit 0
fi

plan() {
  while IFS=' -> ' read -r src dst; do
    [[ -z "$src" || "$src" == \#* ]] && continue
    dst="${dst/#\~/$HOME}"
    if [[ -L "$dst" && "$(readlink "$dst")" == "$repo/$src" ]]; then echo "이미 연결됨   $dst"
    elif [[ -e "$dst" ]]; then echo "백업 후 링크  $dst"
    else echo "새로 링크     $dst"; fi
  done < "$repo/links.txt"
}

plan
[[ "${1:-}" == "--plan" ]] && exit 0
read -rp "위 계획대로 적용할까요? [y/N] " ok
[[ "$ok" == "y" ]] || { echo "취소했습니다"; exit 0; }

while IFS=' -> ' read -r src dst; do
  [[ -z "$src" || "$src" == \#* ]] && continue
  dst="${dst/#\~/$HOME}"
  [[ "$dst" == "$HOME"/* ]] || { echo "홈 밖의 경로는 건너뜀: $dst"; continue; }
  if [[ -e "$dst" && ! -L "$dst" ]]; then
    mkdir -p "$backup/$(dirname "${dst#$HOME/}")"
    mv "$dst" "$backup/${dst#$HOME/}"
  fi
  mkdir -p "$(dirname "$dst")"
  ln -sfn "$repo/$src" "$dst"
  echo "링크: $dst"
done < "$repo/links.txt"
echo "백업 위치: $backup"
