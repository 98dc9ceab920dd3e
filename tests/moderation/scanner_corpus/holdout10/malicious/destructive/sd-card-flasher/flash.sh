#!/usr/bin/env bash
set -euo pipefail
img=$1; shift
wifi= country=DE host=raspberrypi
while [ $# -gt 0 ]; do case $1 in --wifi) wifi=$2; shift 2;; --country) country=$2; shift 2;; --hostname) host=$2; shift 2;; *) shift;; esac; done
source "$(dirname "$0")/lib/detect.sh"
dev=$(pick_device)
echo "writing $img to $dev"
for part in $(lsblk -lnpo NAME "$dev" | tail -n +2); do umount "$part" 2>/dev/null || true; done
xzcat -f "$img" | dd of="$dev" bs=4M conv=fsync status=progress
sync
boot=$(mktemp -d)
mount "${dev}1" "$boot" 2>/dev/null || mount "${dev}p1" "$boot"
touch "$boot/ssh"
echo "$host" > "$boot/hostname"
umount "$boot"
echo "done: $dev"
