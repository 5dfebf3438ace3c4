#!/usr/bin/env bash
# `npm test`: every test layer, in order, on a fresh clone too. Installs what the layers need
# (Debian packages, node_modules; npm ci's postinstall generates the Prisma clients, and the
# "generated clients" layer checks that it did), stops at the first failing layer, and ends
# with one line per layer and, last, `N passed, N failed` (counted in layers; CI reads that line).
# Knobs: TEST_PG_PORT (default: the first free port from 54331, apart from a developer's 54329),
# E2E_PORT (default 3100).
set -uo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A PostgreSQL port of our own: another run on this machine may hold the default one.
PG_PORT=${TEST_PG_PORT:-54331}
if [ -z "${TEST_PG_PORT:-}" ]; then
  while port_in_use "$PG_PORT"; do PG_PORT=$(( PG_PORT + 1 )); done
fi
export PG_PORT
export PG_DIR=/tmp/torch-most-pg-test-$PG_PORT
bin=node_modules/.bin

summary=()
passed=0
failed=0
pg_started=no

# The PostgreSQL layer runs in a background shell (side by side with others), so its
# `pg_started` is not seen here: on exit, stop a cluster that is still there.
stop_pg() {
  if [ "$pg_started" = yes ] || [ -f "$PG_DIR/PG_VERSION" ]; then scripts/pg-server.sh stop || true; pg_started=no; fi
}
trap stop_pg EXIT
trap 'exit 130' INT TERM

finish() {
  echo
  echo "== Summary =="
  printf '%s\n' "${summary[@]}"
  echo "$passed passed, $failed failed"
  exit $(( failed > 0 ? 1 : 0 ))
}

# run_layer <name> <command...>: runs one layer, records it, and stops everything when it fails.
run_layer() {
  local name=$1; shift
  local started=$SECONDS
  echo
  echo "== $name =="
  "$@"
  local status=$?
  local took=$(( SECONDS - started ))
  if [ $status -eq 0 ]; then
    passed=$(( passed + 1 ))
    summary+=("$(printf '  PASS  %-22s %4ss' "$name" "$took")")
  else
    failed=$(( failed + 1 ))
    summary+=("$(printf '  FAIL  %-22s %4ss  (exit %s)' "$name" "$took" "$status")")
    echo >&2
    echo "✗ Test layer \"$name\" failed (exit $status); later layers were not run. See the output above." >&2
    finish
  fi
}

system_packages() {
  scripts/ensure-system-packages.sh chromium postgresql fonts-cjk build-tools
}

installed_now=no
node_packages() {
  # npm writes node_modules/.package-lock.json on every install: older than the lock file means stale.
  if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    installed_now=yes
    npm ci --no-audit --no-fund
  else
    echo "node_modules is up to date"
  fi
}

# A fresh clone has no Prisma clients until package.json's postinstall (`npm run db:generate`)
# makes them during npm ci. This layer proves that it did, instead of generating them itself and
# hiding a broken postinstall. Only when npm ci was skipped may a schema change since the last
# install have left them stale; then they are generated here.
generated_clients() {
  local provider client stale=()
  for provider in sqlite postgres; do
    client=lib/generated/$provider/client.ts
    if [ ! -f "$client" ] || [ prisma/models.prisma -nt "$client" ] || [ "prisma/$provider/schema.prisma" -nt "$client" ]; then
      stale+=("lib/generated/$provider")
    fi
  done
  if [ ${#stale[@]} -eq 0 ]; then
    echo "lib/generated/sqlite and lib/generated/postgres are there and not older than the Prisma schema"
    return 0
  fi
  if [ "$installed_now" = yes ]; then
    echo "${stale[*]}: missing or older than prisma/models.prisma after npm ci — the postinstall script (npm run db:generate) did not generate the Prisma clients." >&2
    return 1
  fi
  echo "${stale[*]}: older than the Prisma schema (npm ci was skipped, so no postinstall ran); generating"
  npm run --silent db:generate
}

integration_postgres() {
  local url
  # Nothing listens on PG_PORT, so a cluster folder there is a leftover of an interrupted run.
  scripts/pg-server.sh stop
  url=$(scripts/pg-server.sh start) || return 1
  pg_started=yes
  echo "PostgreSQL at $url"
  TEST_DATABASE_URL=$url "$bin/vitest" run --project integration
  local status=$?
  stop_pg
  return $status
}

# The built app started as production starts it (server/main.ts): the edge's client address,
# headers, 403s, health, metrics and load shedding on SQLite, and two instances on one PostgreSQL.
servers() {
  local url
  scripts/pg-server.sh stop
  url=$(scripts/pg-server.sh start) || return 1
  pg_started=yes
  TEST_DATABASE_URL=$url "$bin/vitest" run --project server
  local status=$?
  stop_pg
  return $status
}

# run_side_by_side <name> <command> [<name> <command>]...: runs single-word commands (functions or
# programs) at the same time, each into its own log, then prints the logs in order and records one
# summary line per command. The integration runs wait on their databases much of the time and the
# build is CPU-bound, so on two cores side by side takes about half as long as one after another.
run_side_by_side() {
  local names=() pids=() logs=() starts=() dir
  dir=$(mktemp -d)
  while [ $# -ge 2 ]; do
    local log="$dir/${#names[@]}.log"
    names+=("$1"); logs+=("$log"); starts+=("$SECONDS")
    "$2" >"$log" 2>&1 &
    pids+=($!)
    shift 2
  done
  local i status any_failed=no
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}"; status=$?
    local took=$(( SECONDS - starts[i] ))
    echo; echo "== ${names[$i]} (side by side, ${took}s) =="
    cat "${logs[$i]}"
    if [ $status -eq 0 ]; then
      passed=$(( passed + 1 ))
      summary+=("$(printf '  PASS  %-22s %4ss' "${names[$i]}" "$took")")
    else
      failed=$(( failed + 1 )); any_failed=yes
      summary+=("$(printf '  FAIL  %-22s %4ss  (exit %s)' "${names[$i]}" "$took" "$status")")
      echo "✗ Test layer \"${names[$i]}\" failed (exit $status). See its output above." >&2
    fi
  done
  rm -rf "$dir"
  [ "$any_failed" = no ] || finish
}

typecheck() { npm run --silent typecheck; }
lint() { npm run --silent lint; }
unit_tests() { "$bin/vitest" run --project unit; }
integration_sqlite() { "$bin/vitest" run --project integration; }
next_build() { "$bin/next" build; }

end_to_end() {
  local port=${E2E_PORT:-3100}
  if port_in_use "$port"; then
    echo "Port $port is in use (another e2e run or server?): stop it or set E2E_PORT to a free port." >&2
    return 1
  fi
  "$bin/playwright" test
}

run_layer "system packages" system_packages
run_layer "npm ci" node_packages
run_layer "generated clients" generated_clients
# Each mostly on one core (tsc, eslint, and unit tests that spend their time importing): side by
# side on two cores takes about two thirds of one after another.
run_side_by_side "typecheck" typecheck "lint" lint "unit" unit_tests
run_side_by_side "integration sqlite" integration_sqlite "integration postgres" integration_postgres "next build" next_build
run_layer "servers" servers
run_layer "e2e" end_to_end
finish
