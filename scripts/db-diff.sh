#!/usr/bin/env bash
# Writes a new migration for BOTH providers from the change of prisma/models.prisma since the
# last migration. `prisma migrate dev` cannot run here (its SQLite shadow database fails), so the
# previous models are kept in prisma/migrations-snapshot.prisma and diffed with `migrate diff`.
# Usage: npm run db:diff -- <name>
set -euo pipefail
name=${1:?usage: npm run db:diff -- <migration_name>}
cd "$(dirname "$0")/.."
stamp=$(date -u +%Y%m%d%H%M%S)
snapshot=prisma/migrations-snapshot.prisma
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for provider in sqlite postgres; do
  mkdir -p "$work/$provider"
  cp "prisma/$provider/schema.prisma" "$work/$provider/schema.prisma"
  if [ -f "$snapshot" ]; then
    cp "$snapshot" "$work/$provider/models.prisma"
    from=(--from-schema-datamodel "$work/$provider")
  else
    from=(--from-empty)
  fi
  # The PostgreSQL CLI connects even to diff two datamodels: give it a throw-away server.
  if [ "$provider" = postgres ]; then DATABASE_URL=$(scripts/pg-server.sh start); else DATABASE_URL=file:./data/app.db; fi
  export DATABASE_URL
  out="prisma/$provider/migrations/${stamp}_${name}"
  mkdir -p "$out"
  npx prisma migrate diff --config "prisma/$provider.config.ts" "${from[@]}" \
    --to-schema-datamodel "prisma/$provider" --script > "$out/migration.sql"
  [ -f "prisma/$provider/migrations/migration_lock.toml" ] ||
    printf '# Written by scripts/db-diff.sh\nprovider = "%s"\n' \
      "$([ $provider = postgres ] && echo postgresql || echo sqlite)" > "prisma/$provider/migrations/migration_lock.toml"
  echo "wrote $out/migration.sql"
done
cp prisma/models.prisma "$snapshot"
