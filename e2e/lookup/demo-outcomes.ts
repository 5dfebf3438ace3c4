// The demo data (tests/fixtures/demo) seen from the tests: for every outcome, what to type and
// what the lookup must answer. Personal outcomes have one mobile per project (and one for the API),
// because an SMS code goes to one mobile at most once a minute and the projects run at once.
import { readFileSync } from "node:fs";
import path from "node:path";

export const OUTCOMES = ["E-U1", "E-U2", "E-R1", "E-R2", "E-R3", "E-R4", "P-U1", "P-U2", "P-R1", "P-R2", "P-R3", "P-R4", "CONFLICT"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** 0 desktop, 1 phone, 2 no-js, 3 API and CLI. */
export type Variant = 0 | 1 | 2 | 3;

export interface DemoCase {
  outcome: Outcome;
  kind: "enterprise" | "personal";
  q: string;
  registeredInTorch: boolean;
  loginName: string | null;
  window: "natural" | "legal" | null;
}

const mobile = (prefix: string, v: Variant) => `${prefix}${v + 1}`;

export function demoCase(outcome: Outcome, v: Variant): DemoCase {
  const e = (q: string, registeredInTorch: boolean, loginName: string | null, window: DemoCase["window"]): DemoCase => ({
    outcome, kind: "enterprise", q, registeredInTorch, loginName, window,
  });
  const p = (q: string, registeredInTorch: boolean, loginName: string | null, window: DemoCase["window"]): DemoCase => ({
    outcome, kind: "personal", q, registeredInTorch, loginName, window,
  });
  const pr3 = v === 0 ? "18711111111" : `1871111111${v + 1}`;
  switch (outcome) {
    case "E-U1": return e("91110108MA01EU1002", false, null, null);
    case "E-U2": return e("91110108MA01EU200P", false, "ho****ji", "legal");
    case "E-R1": return e("91110108MA01ER100K", true, "91110108MA01ER100K", "legal");
    case "E-R2": return e("91110108MA01ER2009", true, "91110108MA01ER2009", "legal");
    case "E-R3": return e("91110108MA01ET88XL", true, "HJ_91110108MA01ET88XL", "legal");
    case "E-R4": return e("91110108MA01ER400L", true, "91110108MA01ER400L", "natural");
    case "CONFLICT": return e("91110108MA01CF100U", true, null, null);
    case "P-U1": return p(mobile("1390000000", v), false, null, null);
    case "P-U2": return p(mobile("1370000000", v), false, `wa****8${v + 1}`, "natural");
    case "P-R1": return p(mobile("1360000000", v), true, mobile("1360000000", v), "natural");
    case "P-R2": return p(mobile("1350000000", v), true, mobile("1350000000", v), "natural");
    case "P-R3": return p(pr3, true, `HJ_${pr3}`, "natural");
    case "P-R4": return p(mobile("1380000000", v), true, null, null);
  }
}

/** The page title each outcome's content gives (its frontmatter), so the test follows edits. */
export function outcomeTitle(outcome: Outcome): string {
  const source = readFileSync(path.join(process.cwd(), "content", "zh-CN", "outcomes", `${outcome}.mdx`), "utf8");
  const match = /^title:\s*"(.*)"\s*$/m.exec(source);
  if (!match) throw new Error(`no title in ${outcome}.mdx`);
  return JSON.parse(`"${match[1]}"`) as string;
}

export const WINDOW_LABEL = { natural: "自然人登录", legal: "法人登录" } as const;
