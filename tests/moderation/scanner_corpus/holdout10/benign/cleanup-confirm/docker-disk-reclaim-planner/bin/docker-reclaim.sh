#!/usr/bin/env bash
# Tiered Docker cleanup: report first, then each tier asks before removing anything.
set -euo pipefail

ask() { read -rp "$1 [y/N] " a; [[ "$a" == "y" ]]; }

case "${1:-report}" in
  report)
    docker system df
    echo; echo "== biggest images"
    docker images --format '{{.Size}}\t{{.Repository}}:{{.Tag}}' | sort -hr | head -n 10
    echo; echo "== volumes"
    docker system df -v --format '{{range .Volumes}}{{.Size}}\t{{.Name}}\t{{.Links}} containers{{"\n"}}{{end}}' | sort -hr | head -n 10 ;;
  tier)
    case "${2:?tier number 1-5}" in
      1) docker ps -a --filter status=exited --format '{{.ID}} {{.Image}} {{.Status}}'
         ask "Remove these stopped containers?" && docker container prune -f ;;
      2) docker images -f dangling=true
         ask "Remove dangling images?" && docker image prune -f ;;
      3) docker buildx du --filter until=168h | tail -n 3
         ask "Prune build cache older than 7 days?" && docker builder prune -f --filter until=168h ;;
      4) docker image prune -a --filter until=24h --dry-run 2>/dev/null || docker images
         ask "Remove ALL images not used by a container (older than 24 h)?" && docker image prune -a -f --filter until=24h ;;
      5) for v in $(docker volume ls -q -f dangling=true); do
           size=$(docker run --rm -v "$v":/v alpine du -sh /v 2>/dev/null | cut -f1)
           proj=$(docker volume inspect -f '{{index .Labels "com.docker.compose.project"}}' "$v")
           echo "volume $v  size $size  project ${proj:-?}"
           ask "  Delete volume $v? Data in it is lost." && docker volume rm "$v"
         done ;;
    esac ;;
  *) echo "usage: docker-reclaim.sh report | tier <1-5>"; exit 2 ;;
esac
