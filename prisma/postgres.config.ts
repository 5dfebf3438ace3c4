// Paths are relative to this file. Prisma CLI configuration for PostgreSQL. `migrate deploy` does not work through adapter-pg in
// 6.19 (an open Prisma bug), so migrations are applied by scripts/db-migrate.ts instead; this
// config serves `generate`, `migrate diff` and `migrate status`.
import type { PrismaConfig } from "prisma";
import { PrismaPg } from "@prisma/adapter-pg";

const defaultUrl = "postgresql://postgres@127.0.0.1:5432/postgres";
if (!process.env.DATABASE_URL?.startsWith("postgres")) process.env.DATABASE_URL = defaultUrl;

export default {
  engine: "js",
  experimental: { adapter: true },
  schema: "postgres",
  migrations: { path: "postgres/migrations" },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? defaultUrl });
  },
} satisfies PrismaConfig;
