#!/usr/bin/env bash
du -xh --max-depth=2 "$HOME" 2>/dev/null | sort -rh | head -25
