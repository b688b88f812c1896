#!/usr/bin/env bash
# Set-up from nothing, for machines that start with an older Node and no browser.
#
#   source scripts/bootstrap.sh     # keeps Node 24 on PATH in your shell afterwards
#   bash scripts/bootstrap.sh       # just installs
#
# 1. Node 24 LTS: if `node` is missing or older than 24, installs the `node@24`
#    package from the npm registry into .tools/node and puts its bin first on PATH.
# 2. Chromium for the browser tests: if neither $CHROMIUM_PATH nor /usr/bin/chromium
#    exists, installs Debian's `chromium` package (needs root and apt-get); otherwise
#    says how to get one.
# 3. `npm ci`.
# Set DVC_SKIP_NPM_CI=1 to stop after steps 1 and 2.

_dvc_bootstrap() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local tools="$root/.tools/node"

  local major=0
  if command -v node >/dev/null 2>&1; then
    major="$(node -p 'process.versions.node.split(".")[0]')"
  fi
  if [ "$major" -lt 24 ]; then
    if [ ! -x "$tools/node_modules/.bin/node" ]; then
      if ! command -v npm >/dev/null 2>&1; then
        echo "bootstrap: no npm to fetch Node 24 with. Install Node.js 24 LTS: https://nodejs.org/en/download" >&2
        return 1
      fi
      echo "bootstrap: Node ${major} found; installing Node 24 from the npm registry into .tools/node"
      npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error node@24 >&2 || {
        echo "bootstrap: could not install node@24 from the npm registry" >&2
        return 1
      }
    fi
    export PATH="$tools/node_modules/.bin:$PATH"
    hash -r
  fi
  echo "bootstrap: using Node $(node --version) and npm $(npm --version 2>/dev/null)"

  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium" ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      echo "bootstrap: no Chromium at $chromium; installing Debian's chromium package"
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || {
        echo "bootstrap: apt-get could not install chromium" >&2
        return 1
      }
    else
      echo "bootstrap: no Chromium at $chromium. Browser tests need one:" >&2
      echo "  Debian/Ubuntu: sudo apt-get install -y chromium" >&2
      echo "  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH" >&2
      return 1
    fi
  fi
  echo "bootstrap: using $("$chromium" --version 2>/dev/null | head -n1)"

  if [ "${DVC_SKIP_NPM_CI:-}" != 1 ]; then
    (cd "$root" && npm ci --no-audit --no-fund) || return 1
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  _dvc_bootstrap
else
  _dvc_bootstrap
fi
