#!/usr/bin/env bash
# Installs Neovim from Debian for the editor test (npm run test:editors); a no-op when `nvim` is there.
# Offline-safe: only Debian packages. Needs root (or sudo) the first time.
set -euo pipefail
if command -v nvim > /dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-neovim: installing Debian's neovim"
$SUDO apt-get install -y -qq neovim > /dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq neovim > /dev/null; }
nvim --version | head -1
