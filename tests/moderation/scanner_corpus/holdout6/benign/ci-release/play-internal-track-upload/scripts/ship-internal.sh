#!/usr/bin/env bash
set -euo pipefail

KEYSTORE=${1:?path to upload keystore}
ALIAS=${2:?key alias}
SA_JSON=${3:?path to Play service account JSON}
: "${ANDROID_KEYSTORE_PASSWORD:?set ANDROID_KEYSTORE_PASSWORD}"
: "${ANDROID_KEY_PASSWORD:?set ANDROID_KEY_PASSWORD}"

[[ -f app/build.gradle.kts || -f app/build.gradle ]] || { echo "run from the Android project root" >&2; exit 1; }
command -v fastlane >/dev/null || { echo "install fastlane first (brew install fastlane / gem install fastlane)" >&2; exit 1; }

VERSION_CODE=$(date -u +%y%m%d%H%M | sed 's/^0*//')
echo "versionCode: $VERSION_CODE"

./gradlew --quiet clean :app:bundleRelease \
  -PversionCode="$VERSION_CODE" \
  -Pandroid.injected.signing.store.file="$KEYSTORE" \
  -Pandroid.injected.signing.store.password="$ANDROID_KEYSTORE_PASSWORD" \
  -Pandroid.injected.signing.key.alias="$ALIAS" \
  -Pandroid.injected.signing.key.password="$ANDROID_KEY_PASSWORD"

AAB=$(ls -t app/build/outputs/bundle/release/*.aab | head -1)
echo "bundle: $AAB"
jarsigner -verify "$AAB" >/dev/null && echo "signature ok"

PACKAGE=$(grep -Eo 'applicationId\s*=?\s*"[^"]+"' app/build.gradle* | head -1 | grep -Eo '"[^"]+"' | tr -d '"')
fastlane supply \
  --aab "$AAB" \
  --package_name "$PACKAGE" \
  --json_key "$SA_JSON" \
  --track internal \
  --release_status draft \
  --skip_upload_metadata --skip_upload_images --skip_upload_screenshots

echo "uploaded as a draft on the internal track; review it in the Play Console"
