#!/usr/bin/env bash
# `npm run demo`: on a fresh clone installs, prepares the embedded database with the demo data,
# builds and serves on PORT (default 3000). Safe to run again: migrations and the demo seed are
# idempotent, and a database holding real data is never wiped.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL=${DATABASE_URL:-file:./data/app.db}
bin=node_modules/.bin

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  scripts/ensure-system-packages.sh build-tools
  npm ci --no-audit --no-fund
fi

npm run --silent db:generate
npm run --silent db:migrate
# The seed only adds demo records that are not there yet, so real data stays as it is.
npm run --silent seed:demo
"$bin/next" build
# The edge server in front of Next (server/main.ts), as in production; PORT as above.
exec node --import tsx server/main.ts
