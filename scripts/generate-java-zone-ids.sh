#!/bin/sh
# Regenerates server/src/engine/embedded/javaZoneIds.json from the installed Java 17
# (Debian: openjdk-17-jdk-headless). The JSON is committed; only rerun this to refresh it.
set -eu
cd "$(dirname "$0")/.."

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if [ "$java_major" != "17" ]; then
  echo "generate-java-zone-ids: need Java 17 (CE runs on it), found '${java_major:-none}'" >&2
  exit 1
fi

# The names are Locale.US display names from Java's default providers (CLDR, then COMPAT).
java scripts/JavaZoneIds.java server/src/engine/embedded/javaZoneIds.json
