#!/usr/bin/env bash
# Installs what the editor tests need, offline (only npm and Debian packages): a real VS Code
# (code-server's VS Code server, pinned) in .vscode-test/, and Debian chromium for its workbench.
# Idempotent: a second run that finds everything in place returns at once.
# CE_VSCODE_DIR moves the install (default .vscode-test/code-server beside package.json).
set -euo pipefail

CODE_SERVER_VERSION=4.100.3 # VS Code 1.100.3; later releases need Node 22
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
RIPGREP_CACHE=vscode-ripgrep-cache-1.15.11

root=$(cd "$(dirname "$0")/.." && pwd)
dest=${CE_VSCODE_DIR:-$root/.vscode-test/code-server}
server_main=$dest/node_modules/code-server/lib/vscode/out/server-main.js
stamp=$dest/.installed-code-server-$CODE_SERVER_VERSION

# The Debian packages: chromium runs the workbench; libkrb5-dev and ripgrep serve code-server's install.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
if [ ! -f "$stamp" ]; then
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  command -v rg >/dev/null || missing+=(ripgrep)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-vscode: missing Debian packages: ${missing[*]} (run as root, or apt-get install them)" >&2
    exit 1
  fi
  echo "install-vscode: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f "$stamp" ] && [ -f "$server_main" ]; then
  echo "install-vscode: code-server $CODE_SERVER_VERSION already in $dest"
  exit 0
fi

echo "install-vscode: installing code-server $CODE_SERVER_VERSION into $dest"
started=$SECONDS
rm -rf "$dest"
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# code-server's postinstall fetches ripgrep from GitHub unless this archive is in its cache: seed it
# with Debian's rg (a tar.gz holding `rg` at its root).
mkdir -p "$work/$RIPGREP_CACHE"
tar -czhf "$work/$RIPGREP_CACHE/$RIPGREP_ARCHIVE" -C "$(dirname "$(command -v rg)")" rg

printf '{ "private": true, "description": "A real VS Code for the editor tests (scripts/install-vscode.sh)" }\n' >"$dest/package.json"
# unsafe_perm: as root, npm would otherwise run the native builds as nobody; yes: its postinstall calls npx.
(
  cd "$dest"
  TMPDIR=$work npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
)

if [ ! -f "$server_main" ]; then
  echo "install-vscode: the install finished but $server_main is missing" >&2
  exit 1
fi
touch "$stamp"
echo "install-vscode: done in $((SECONDS - started)) s"
