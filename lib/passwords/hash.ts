// Password hashing. New hashes are argon2id; Torch's formats are verified as carried over
// ("密码不变") and upgraded on the first successful login (needsRehash).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane. `algorithm: 2` is Algorithm.Argon2id:
// the package declares a const enum, which isolatedModules cannot import.
const ARGON2ID = 2;
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, { algorithm: ARGON2ID, ...PARAMS });
}

let dummyHash: Promise<string> | undefined;

/**
 * The hash of a random password nobody knows, made once with today's parameters: verifying against
 * it when there is no account costs what a real verification costs, so timing tells nothing.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString("base64url"));
  return dummyHash;
}

type ParsedHash =
  | { format: "md5"; hex: string }
  | { format: "sha256"; salt: string; hex: string }
  | { format: "argon2id"; phc: string; memoryCost: number; timeCost: number; parallelism: number };

function parseHash(stored: string): ParsedHash | null {
  const md5 = /^md5:([0-9a-f]{32})$/i.exec(stored);
  if (md5) return { format: "md5", hex: md5[1].toLowerCase() };
  // The salt may contain anything but the hex digest is last: split on the LAST colon.
  const sha = /^sha256:(.*):([0-9a-f]{64})$/i.exec(stored);
  if (sha) return { format: "sha256", salt: sha[1], hex: sha[2].toLowerCase() };
  const argon = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.exec(stored);
  if (argon) return { format: "argon2id", phc: stored, memoryCost: Number(argon[1]), timeCost: Number(argon[2]), parallelism: Number(argon[3]) };
  return null;
}

export function isSupportedHashFormat(stored: string): boolean {
  return parseHash(stored) !== null;
}

function sameHex(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a, "hex"), Buffer.from(b, "hex"));
}

/** Never throws for a stored value of an unknown format: the answer is simply "no". */
export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  switch (parsed.format) {
    case "md5":
      return sameHex(createHash("md5").update(plain, "utf8").digest("hex"), parsed.hex);
    case "sha256":
      return sameHex(createHash("sha256").update(parsed.salt + plain, "utf8").digest("hex"), parsed.hex);
    case "argon2id":
      return verify(parsed.phc, plain).catch(() => false);
  }
}

export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed || parsed.format !== "argon2id") return true;
  return parsed.memoryCost < PARAMS.memoryCost || parsed.timeCost < PARAMS.timeCost;
}
