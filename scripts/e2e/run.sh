#!/usr/bin/env bash
# End-to-end tests of the Fengong extension in a real VS Code workbench (code-server + Chromium) and in Neovim.
#   npm run test:e2e            (= bash scripts/e2e/run.sh)
# Steps: install (cached in .e2e/), npm run build, compile the in-host suite, start code-server isolated on a free
# port, run the in-host suite, the UI checks (screenshots in test-results/e2e/), the Neovim test; stop everything
# this script started, by pid. Prints "N passed, N failed" summed over the suites; exits non-zero on any failure.
# Env: FENGONG_E2E_SKIP_BUILD=1 (reuse dist/), FENGONG_E2E_ONLY=inhost,ui,neovim, FENGONG_E2E_FILTER=<test name part>,
#      FENGONG_E2E_VERBOSE=1, FENGONG_E2E_EXT_DIR=<another extension dir, to debug the harness>,
#      FENGONG_E2E_SERVER_JS=<path> (serve this file as dist/server.js in a temp extension copy).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
E2E="$ROOT/.e2e"
T="$E2E/tools"
CS_BIN="$E2E/cs/node_modules/.bin/code-server"
NODE24_DIR="$T/node_modules/node/bin"
OUT="$ROOT/test-results/e2e"
ONLY="${FENGONG_E2E_ONLY:-inhost,ui,neovim}"
T0=$SECONDS

log() { printf '[e2e] %s\n' "$*"; }
die() { printf '[e2e] FATAL: %s\n' "$*" >&2; printf 'e2e: 0 passed, 1 failed\n'; exit 1; }

bash "$ROOT/scripts/e2e/install.sh" || die "installing the e2e tools failed (see above)"

if [ -z "${FENGONG_E2E_SKIP_BUILD:-}" ]; then
  log "npm run build"
  npm run build --silent || die "npm run build failed"
fi
[ -n "${FENGONG_E2E_EXT_DIR:-}" ] || for f in dist/extension.js dist/server.js dist/cli.js; do
  [ -f "$f" ] || die "$f missing after the build"
done

log "compiling the in-host suite to out-test/e2e/"
"$ROOT/node_modules/.bin/esbuild" test/e2e/suite/index.ts --bundle --platform=node --format=cjs --target=node18 \
  --external:vscode --sourcemap --outfile=out-test/e2e/suite.js --log-level=warning \
  || die "esbuild of test/e2e/suite failed"

RUN="$(mktemp -d "${TMPDIR:-/tmp}/fengong-e2e.XXXXXX")"
mkdir -p "$RUN/home" "$RUN/user/User" "$RUN/exts" "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.log
PIDS=()
cleanup() {
  local pid kids
  for pid in "${PIDS[@]}"; do
    # The server's process tree (extension hosts, language servers), collected before the kill, by pid.
    kids="$(descendants "$pid")"
    kill "$pid" $kids 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  [ -n "${KEEP_RUN_DIR:-}" ] || rm -rf "$RUN"
}
descendants() {
  local c
  for c in $(pgrep -P "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The extension under development: the repo itself, or a temp copy whose dist/server.js is replaced (failure drill).
EXT="${FENGONG_E2E_EXT_DIR:-$ROOT}"
if [ -n "${FENGONG_E2E_SERVER_JS:-}" ]; then
  EXT="$RUN/ext"
  mkdir -p "$EXT"
  cp -r "$ROOT/package.json" "$ROOT/dist" "$EXT/"
  for d in seeds syntaxes snippets schemas language-configuration.json; do [ -e "$ROOT/$d" ] && cp -r "$ROOT/$d" "$EXT/"; done
  cp "$FENGONG_E2E_SERVER_JS" "$EXT/dist/server.js"
  log "extension copy with dist/server.js replaced by $FENGONG_E2E_SERVER_JS"
fi

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
cat > "$RUN/user/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "workbench.enableExperiments": false,
  "git.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.minimap.enabled": false,
  "editor.hover.delay": 200
}
JSON

start_server() {
  PORT="$(free_port)"
  HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/home/.config" XDG_DATA_HOME="$RUN/home/.local/share" \
  XDG_CACHE_HOME="$RUN/home/.cache" PATH="$NODE24_DIR:$PATH" FENGONG_E2E_NODE="$NODE24_DIR/node" \
    "$CS_BIN" --bind-addr "127.0.0.1:$PORT" --auth none --user-data-dir "$RUN/user" --extensions-dir "$RUN/exts" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --vscode-option enable-smoke-test-driver >"$OUT/code-server.log" 2>&1 &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
  for _ in $(seq 300); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && { log "code-server pid $SERVER_PID on 127.0.0.1:$PORT"; return 0; }
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  tail -20 "$OUT/code-server.log" >&2
  die "code-server did not become healthy (log: $OUT/code-server.log)"
}

fresh_ws() { # a fresh copy of the fixtures workspace
  local ws="$RUN/ws-$1"
  rm -rf "$ws"; mkdir -p "$ws"; cp -r "$ROOT/test/e2e/fixtures/ws/." "$ws/"
  echo "$ws"
}

TOTAL_P=0; TOTAL_F=0; SUITES=()
tally() { # suite name, log file, exit code: add the suite's E2E-RESULT counts (a crash without counts is 1 failure)
  local name="$1" logf="$2" rc="$3" line p f
  line="$(grep -a '^E2E-RESULT ' "$logf" | tail -1)"
  if [ -n "$line" ]; then
    p="$(node -e 'console.log(JSON.parse(process.argv[1].slice(11)).passed)' "$line")"
    f="$(node -e 'console.log(JSON.parse(process.argv[1].slice(11)).failed)' "$line")"
  else
    p=0; f=1
    log "$name: no result line (exit code $rc): the suite did not run to its end"
  fi
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; log "$name: exit code $rc although no test failed: counted as 1 failure"; fi
  TOTAL_P=$((TOTAL_P + p)); TOTAL_F=$((TOTAL_F + f)); SUITES+=("$name: $p passed, $f failed (exit $rc)")
}

node_driver() { PATH="$PATH" HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/home/.config" node "$@"; }

if [[ ",$ONLY," == *,inhost,* || ",$ONLY," == *,ui,* ]]; then
  start_server
fi

if [[ ",$ONLY," == *,inhost,* ]]; then
  log "in-host suite (real VS Code API in the extension host) — $((SECONDS - T0)) s"
  WS="$(fresh_ws inhost)"
  node_driver "$ROOT/test/e2e/driver/in-host.mjs" "$PORT" "$EXT" "$ROOT/out-test/e2e/suite.js" "$WS" 2>&1 | tee "$OUT/in-host.log"
  tally in-host "$OUT/in-host.log" "${PIPESTATUS[0]}"
fi

if [[ ",$ONLY," == *,ui,* ]]; then
  log "UI checks (workbench in Chromium; screenshots in ${OUT#$ROOT/}) — $((SECONDS - T0)) s"
  WS="$(fresh_ws ui)"
  node_driver "$ROOT/test/e2e/driver/ui.mjs" "$PORT" "$EXT" "$WS" "$OUT" 2>&1 | tee "$OUT/ui.log"
  tally ui "$OUT/ui.log" "${PIPESTATUS[0]}"
fi

if [[ ",$ONLY," == *,neovim,* ]]; then
  log "Neovim as LSP client — $((SECONDS - T0)) s"
  FENGONG_E2E_SERVER="$EXT/dist/server.js" node "$ROOT/test/e2e/neovim/compare.mjs" 2>&1 | tee "$OUT/neovim.log"
  tally neovim "$OUT/neovim.log" "${PIPESTATUS[0]}"
fi

log "done in $((SECONDS - T0)) s"
for s in "${SUITES[@]}"; do log "  $s"; done
printf 'e2e: %d passed, %d failed\n' "$TOTAL_P" "$TOTAL_F"
[ "$TOTAL_F" = 0 ] && [ "$TOTAL_P" -gt 0 ]
