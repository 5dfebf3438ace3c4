// Flat config (ESLint 9): Next's core-web-vitals and TypeScript rule sets, which include
// jsx-a11y, react-hooks and typescript-eslint. Generated and build output is not ours to lint.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "lib/generated/**",
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    "bench/out/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // Next's level (warn), so work in progress still lints; `_`-prefixed names mark deliberately
      // unused parameters (e.g. fixed callback signatures).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Tool config files conventionally default-export a literal object.
    files: ["*.config.{mjs,js,ts}"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
]);
