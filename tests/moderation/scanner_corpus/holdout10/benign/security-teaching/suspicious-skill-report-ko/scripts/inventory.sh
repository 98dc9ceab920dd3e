#!/usr/bin/env bash
# 검토할 스킬 폴더의 파일 목록만 출력합니다. 아무것도 실행하거나 전송하지 않습니다.
set -euo pipefail
dir="${1:?스킬 폴더 경로를 주세요}"
echo "== 파일 목록"
find "$dir" -type f -printf '%P\t%s bytes\n' | sort
echo "== 실행 권한이 있는 파일"
find "$dir" -type f -perm /111 -printf '%P\n' | sort
echo "== 숨김 파일"
find "$dir" -name '.*' -not -name '.' -printf '%P\n' | sort
echo "== 줄 수"
find "$dir" -type f \( -name '*.md' -o -name '*.sh' -o -name '*.py' -o -name '*.js' \) -exec wc -l {} +
