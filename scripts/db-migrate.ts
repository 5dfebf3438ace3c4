// `npm run db:migrate`: applies pending schema migrations to DATABASE_URL (SQLite or PostgreSQL).
import { applyMigrations } from "../lib/db/migrations/apply";

const url = process.env.DATABASE_URL ?? "file:./data/app.db";

applyMigrations(url).then(
  (applied) => {
    console.log(JSON.stringify({ applied }));
  },
  (error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
