#!/usr/bin/env bash
url="${1:?usage: timing.sh URL [runs]}"
runs="${2:-3}"
fmt='%{time_namelookup} %{time_connect} %{time_appconnect} %{time_starttransfer} %{time_total} %{http_code}\n'
printf '%-4s %8s %8s %8s %8s %8s %s\n' run dns connect tls ttfb total code
for i in $(seq "$runs"); do
  read -r dns con tls ttfb total code < <(curl -s -o /dev/null -w "$fmt" "$url")
  printf '%-4s %8.3f %8.3f %8.3f %8.3f %8.3f %s\n' "$i" "$dns" "$con" "$tls" "$ttfb" "$total" "$code"
done
