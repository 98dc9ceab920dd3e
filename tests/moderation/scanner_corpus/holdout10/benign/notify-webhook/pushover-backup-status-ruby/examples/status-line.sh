# Add at the end of an existing backup script:
mkdir -p ~/.local/state/backups
if [ "$rc" -eq 0 ]; then
  echo "$(date -u +%FT%TZ) ok $(du -sm "$target" | cut -f1)MB" >> ~/.local/state/backups/photos.status
else
  echo "$(date -u +%FT%TZ) failed exit-$rc" >> ~/.local/state/backups/photos.status
fi
