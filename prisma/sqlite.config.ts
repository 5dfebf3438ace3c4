// Paths are relative to this file. Prisma CLI configuration for the embedded SQLite database (the default).
// Prisma 6.19 runs its schema engine as WebAssembly only with `engine: "js"` and an adapter;
// without it even `prisma generate` tries to download a native engine, which cannot work here.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const defaultUrl = "file:./data/app.db";
if (!process.env.DATABASE_URL?.startsWith("file:")) process.env.DATABASE_URL = defaultUrl;

// SQLite cannot create a file in a missing folder, and the CLI then fails with a bare "External error".
mkdirSync(path.dirname(process.env.DATABASE_URL.slice("file:".length)), { recursive: true });

export default {
  engine: "js",
  experimental: { adapter: true },
  schema: "sqlite",
  migrations: { path: "sqlite/migrations" },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? defaultUrl });
  },
} satisfies PrismaConfig;
