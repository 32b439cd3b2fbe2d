#!/usr/bin/env bash
# Regenerates test/conformance/date-patterns.json from test/conformance/date-patterns.txt by asking
# Java 17's java.text.SimpleDateFormat itself. The output has no timestamps, so running it again on
# an unchanged list gives the same file. The tests only read the JSON; Java is needed only here.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/test/conformance"

if ! command -v java >/dev/null 2>&1; then
  echo "error: java not found. The table must come from Java 17; install it with:" >&2
  echo "  apt-get install -y openjdk-17-jdk-headless" >&2
  exit 1
fi

# Other Java versions ship other locale data (zone names, month abbreviations), so the table would drift.
version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
if [ "$version" != "17" ]; then
  echo "error: found Java ${version:-of unknown version}; the table is made with Java 17:" >&2
  echo "  apt-get install -y openjdk-17-jdk-headless" >&2
  exit 1
fi

tmp="$(mktemp "$dir/date-patterns.json.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
java "$dir/DatePatternTable.java" < "$dir/date-patterns.txt" > "$tmp"
chmod 644 "$tmp"
mv "$tmp" "$dir/date-patterns.json"
trap - EXIT
echo "wrote $dir/date-patterns.json ($(grep -c '"pattern":' "$dir/date-patterns.json") patterns)"
