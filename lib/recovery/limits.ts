// Rate limits of the recovery flows, as `points per seconds`. Every limit of a step is counted on
// every request of that step, whether or not the login name, reference or USCC exists, so the
// answers (and the waits) are the same for both and tell nothing.
import type { Limit } from "@/lib/rate-limit/consume-limits";

const perClientHour = (flow: string, client: string, points: number): Limit => ({ key: `recovery:${flow}:client:${client}`, points, durationSeconds: 3600 });

/**
 * How many per-client shares of an identifier's hourly budget all clients together get. Keyed on
 * the identifier alone, anyone could spend the budget and lock its owner out for an hour (issue
 * 12 §7); counted per client and identifier, one client's junk posts spend only its own share.
 * Five shares: an outsider then needs five addresses to block a name, and for 确定 the ceiling
 * (50) is no more than the compared tries a day's codes for one mobile allow anyway (ten codes,
 * five tries each), so guessing a code is bounded as before.
 */
const CEILING_SHARES = 5;

const perIdentifierHour = (flow: string, kind: string, id: string, client: string, points: number): Limit[] => [
  // The client (only [0-9a-f:.], lib/audit/request-client.ts) first: a login name may hold anything.
  { key: `recovery:${flow}:client-${kind}:${client}:${id}`, points, durationSeconds: 3600 },
  { key: `recovery:${flow}:${kind}:${id}`, points: points * CEILING_SHARES, durationSeconds: 3600 },
];

export const resetLimits = {
  /** Step 1: looking up a login name. */
  search: (nameKey: string, client: string): Limit[] => [...perIdentifierHour("reset-search", "name", nameKey, client, 10), perClientHour("reset-search", client, 30)],
  /** Step 2: asking for a code. One per mobile per minute, few per name, and per client. */
  send: (nameKey: string, mobile: string, client: string): Limit[] => [
    { key: `recovery:reset-send:mobile:${mobile}`, points: 1, durationSeconds: 60 },
    ...perIdentifierHour("reset-send", "name", nameKey, client, 5),
    perClientHour("sms", client, 20),
  ],
  /** 确定: codes themselves allow five tries each; this bounds the tries per name overall. */
  submit: (nameKey: string, client: string): Limit[] => [...perIdentifierHour("reset-submit", "name", nameKey, client, 10), perClientHour("reset-submit", client, 30)],
};

export const hintLimits = {
  /** Asking: per client, so USCCs cannot be walked through in bulk. */
  ask: (client: string): Limit[] => [perClientHour("hint", client, 10)],
  /** The SMS goes to the account's own reserved mobile: once per ten minutes, three times a day. */
  sms: (uscc: string): Limit[] => [
    { key: `recovery:hint:uscc:${uscc}`, points: 1, durationSeconds: 600 },
    { key: `recovery:hint:uscc-day:${uscc}`, points: 3, durationSeconds: 86_400 },
  ],
};

export const statusLimits = (reference: string, mobile: string, client: string): Limit[] => [
  { key: `recovery:status:mobile:${mobile}`, points: 1, durationSeconds: 60 },
  { key: `recovery:status:reference:${reference}`, points: 5, durationSeconds: 3600 },
  perClientHour("sms", client, 20),
];

export const statusSubmitLimits = (reference: string, client: string): Limit[] => [
  { key: `recovery:status-submit:reference:${reference}`, points: 10, durationSeconds: 3600 },
  perClientHour("status-submit", client, 30),
];

export const appealLimits = {
  /** Asking for a code for the contact mobile of an appeal. */
  send: (mobile: string, client: string): Limit[] => [
    { key: `recovery:appeal-send:mobile:${mobile}`, points: 1, durationSeconds: 60 },
    perClientHour("sms", client, 20),
  ],
  /** Organisation search: a name list must not be harvested — twenty an hour, fifty a day per client. */
  search: (client: string): Limit[] => [perClientHour("org-search", client, 20), { key: `recovery:org-search-day:client:${client}`, points: 50, durationSeconds: 86_400 }],
  /** Appeals opened per client and per contact mobile in a day. */
  submit: (mobile: string, client: string): Limit[] => [
    { key: `recovery:appeal-submit:mobile:${mobile}`, points: 3, durationSeconds: 86_400 },
    { key: `recovery:appeal-submit:client:${client}`, points: 10, durationSeconds: 86_400 },
  ],
};
