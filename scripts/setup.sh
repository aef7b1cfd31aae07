#!/usr/bin/env bash
# Idempotent setup: installs only what is missing. About 2.5 min on a fresh machine, a few seconds after.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

# 1. The wasm target (rustup ignores rust-toolchain.toml targets here, see notes/toolchain.md).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. The wasm-bindgen CLI at exactly the crate's version in Cargo.lock.
WBV=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WBV"; then
  say "installing wasm-bindgen-cli $WBV (about 2 minutes)"
  # Not --locked: its shipped lockfile pins a webpki-roots this registry lacks.
  cargo install wasm-bindgen-cli --version "$WBV" --no-default-features --force
fi

# 3. Debian's Chromium and its driver, from one apt call so their versions match.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
fi

# 4. The npm test tools (versions pinned in package.json / package-lock.json).
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.setup-stamp; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.setup-stamp
fi
