import path from "node:path";
import { defineConfig } from "vitest/config";

const serverOnlyStub = path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts");

export default defineConfig({
  resolve: { tsconfigPaths: true, alias: { "server-only": serverOnlyStub } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "cli/**/*.test.ts", "components/**/*.test.ts", "server/**/*.test.ts"] },
      },
      {
        extends: true,
        // Integration tests run against a real database: SQLite files by default, PostgreSQL when
        // TEST_DATABASE_URL points at a server (scripts/test.sh starts one). Files run one at a time
        // because PostgreSQL runs share one server.
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // The built application started as production starts it (tests/server/app-server.ts):
        // runs after `next build` in scripts/test.sh ("servers" layer).
        test: {
          name: "server",
          include: ["tests/server/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
