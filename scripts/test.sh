#!/usr/bin/env bash
# `npm test`: the whole suite. Types, lint, unit and store tests on both legs (embedded PGlite always; PostgreSQL from
# ZHENGJI_TEST_DATABASE_URL, or a throwaway cluster this script starts when PostgreSQL's initdb is installed), then the
# browser tests in Debian Chromium. Ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
status=0
checks_passed=0
checks_failed=0

step() { # name, command...
  local name=$1; shift
  echo "── $name"
  if "$@"; then checks_passed=$((checks_passed + 1)); else checks_failed=$((checks_failed + 1)); status=1; echo "── $name FAILED"; fi
}

step "typecheck (tsc --noEmit)" npx tsc --noEmit
step "lint (biome ci)" npx biome ci --reporter=summary .
step "lint regexps (eslint-plugin-regexp on src/extract)" npx eslint src/extract

# ── PostgreSQL leg
PG_DIR=""
cleanup() {
  if [ -n "$PG_DIR" ]; then
    as_pg pg_ctl -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ -z "${ZHENGJI_TEST_DATABASE_URL:-}" ]; then
  PG_BIN=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -n 1)" 2>/dev/null)
  if [ -x "$PG_BIN/initdb" ]; then
    PG_DIR=$(mktemp -d /tmp/zhengji-pg.XXXXXX)
    chmod 755 "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
    PG_PORT=$((20000 + RANDOM % 20000))
    echo "── starting a throwaway PostgreSQL cluster in $PG_DIR on 127.0.0.1:$PG_PORT"
    if as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --locale=C.UTF-8 -E UTF8 >"$PG_DIR/initdb.log" 2>&1 &&
      as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
      export ZHENGJI_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
      PATH="$PG_BIN:$PATH"
    else
      echo "── could not start PostgreSQL:"; cat "$PG_DIR"/*.log; status=1
    fi
  fi
fi
if [ -n "${ZHENGJI_TEST_DATABASE_URL:-}" ]; then
  echo "── store legs: pglite + postgres (${ZHENGJI_TEST_DATABASE_URL%%@*}@…)"
else
  echo "── store legs: pglite only (no PostgreSQL found; install postgresql or set ZHENGJI_TEST_DATABASE_URL)"
fi

# ── unit, store and server tests
npx vitest run --reporter=verbose --reporter=json --outputFile.json=test-results/unit.json || status=1

# ── browser tests
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  npx vitest run --config vitest.e2e.config.ts --reporter=verbose --reporter=json --outputFile.json=test-results/e2e.json || status=1
else
  echo "── browser tests: Debian chromium is not installed (apt-get install chromium fonts-noto-cjk)"
  if [ -n "${CI:-}" ]; then status=1; fi
  rm -f test-results/e2e.json
fi

node scripts/test-summary.mjs "$checks_passed" "$checks_failed" test-results/unit.json test-results/e2e.json || status=1
exit $status
