// The key that protects personal data at rest (ID numbers, uploaded documents).
// DATA_KEY (64 hex characters or base64 of 32 bytes) wins; otherwise a key is generated once into
// DATA_DIR/data.key (mode 0600) so a fresh demo works, and reused on every later start.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

let cachedKey: Buffer | undefined;

export function parseDataKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) throw new Error("DATA_KEY must be 32 bytes: 64 hex characters or base64");
  return key;
}

export function dataKey(): Buffer {
  if (cachedKey) return cachedKey;
  const fromEnv = process.env.DATA_KEY;
  if (fromEnv) {
    cachedKey = parseDataKey(fromEnv);
    return cachedKey;
  }
  const file = path.resolve(process.env.DATA_DIR ?? "./data", "data.key");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // "wx" fails if another process wrote the key first; then we read theirs below.
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  cachedKey = parseDataKey(readFileSync(file, "utf8"));
  return cachedKey;
}
