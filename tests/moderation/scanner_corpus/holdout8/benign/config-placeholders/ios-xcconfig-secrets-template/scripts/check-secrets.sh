#!/bin/sh
if [ "$CONFIGURATION" = "Release" ]; then
  plist="$TARGET_BUILD_DIR/$INFOPLIST_PATH"
  if /usr/libexec/PlistBuddy -c Print "$plist" | grep -q REPLACE_ME; then
    echo "error: Release build contains placeholder API keys; create Config/Secrets.xcconfig"
    exit 1
  fi
fi
