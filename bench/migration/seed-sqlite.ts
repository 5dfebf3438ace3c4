// Writes a generated world straight into a fresh, migrated SQLite file: one transaction, prepared
// statements, and the two tables' secondary indexes dropped during the load and rebuilt after
// (building an index from sorted keys is far cheaper than a million random B-tree inserts).
import Database from "better-sqlite3";
import { applySqliteMigrations } from "../../lib/db/migrations/apply";
import { isoNow } from "../../lib/migration/sql/batch-statements";
import type { MigrationOutcomeCode } from "../../lib/migration/outcomes";
import { generateWorld } from "./generate-world";

export function seedSqlite(file: string, { n, seed }: { n: number; seed: number }): Record<MigrationOutcomeCode, number> {
  applySqliteMigrations(`file:${file}`);
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -262144");
    const indexes = sqlite
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('TorchAccount', 'PlatformAccount')`)
      .all() as { name: string; sql: string }[];
    const now = isoNow();
    const insertTorch = sqlite.prepare(
      `INSERT INTO "TorchAccount" (kind, username, "passwordHash", "displayName", "contactMobile", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertPlatform = sqlite.prepare(
      `INSERT INTO "PlatformAccount" (type, "loginName", "loginNameKey", "passwordHash", "reservedMobile", "realNameStatus", "personName",
        "idNumberHash", "verifiedIdHash", "orgName", uscc, origin, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?)`,
    );
    let expected: Record<MigrationOutcomeCode, number> | undefined;
    sqlite.transaction(() => {
      for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
      expected = generateWorld(
        { n, seed },
        {
          torch: (t) => insertTorch.run(t.kind, t.username, t.passwordHash, t.displayName, t.contactMobile, now, now),
          platform: (p) =>
            insertPlatform.run(p.type, p.loginName, p.loginName.toLowerCase(), p.passwordHash, p.reservedMobile, p.realNameStatus,
              p.personName, p.verifiedIdHash, p.verifiedIdHash, p.orgName, p.uscc, now, now),
        },
      );
      for (const index of indexes) sqlite.exec(index.sql);
    })();
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return expected!;
  } finally {
    sqlite.close();
  }
}
