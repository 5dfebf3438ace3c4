// The English locale as a user without JavaScript gets it (issue 14 §8): the header's language
// switch sets the language cookie and comes back to the same page, and from then on the pages —
// down to a journey step's MDX text from content/en — are in English with `lang="en"`, the
// no-JavaScript captcha's sum too ("What is three plus four?"), answered to get past the lookup.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations/apply";
import { usccCheckCharacter } from "@/lib/identifiers/uscc";
import { startApp, type AppServer } from "./app-server";
import { hiddenFields } from "./form-post";
import { CookieJar } from "./html-reading";

const folder = mkdtempSync(path.join(os.tmpdir(), "torch-most-english-"));
let app: AppServer;

beforeAll(async () => {
  const url = `file:${path.join(folder, "english.db")}`;
  await applyMigrations(url);
  // The captcha on (E2E=1: little proof of work to issue), so the sum a browser without JavaScript gets is read.
  app = await startApp({ DATABASE_URL: url, DATA_KEY: randomBytes(32).toString("hex"), DATA_DIR: folder, CAPTCHA: "on", E2E: "1" });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** The no-JavaScript sum on the page, in English words, and its answer as a person types it. */
function englishSum(html: string): { question: string; answer: string } {
  const question = /<label for="captcha-answer"[^>]*>([^<]*)<\/label>/.exec(html)?.[1] ?? "";
  const match = /^Please answer: What is (\w+) (plus|minus) (\w+)\?$/.exec(question);
  if (!match) throw new Error(`not an English sum: ${question}`);
  const [a, b] = [NUMBERS.indexOf(match[1]), NUMBERS.indexOf(match[3])];
  return { question, answer: String(match[2] === "plus" ? a + b : a - b) };
}

/** The hidden fields of the page's form that posts without a named field of its own (a button). */
function buttonFormFields(html: string, buttonText: string): Record<string, string> {
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[0]).find((body) => body.includes(buttonText));
  if (!form) throw new Error(`no form with the button ${buttonText}`);
  return Object.fromEntries([...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([input]) => [/name="([^"]*)"/.exec(input)?.[1] ?? "", (/value="([^"]*)"/.exec(input)?.[1] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")]));
}

describe("English for a user without JavaScript", () => {
  it("switches the language, then walks from the lookup to a journey step in English", async () => {
    const jar = new CookieJar(app.url);
    const home = await jar.get("/guide/enterprise");
    expect(home).toContain('<html lang="zh-CN"');

    // The header's switch: one button per other language.
    const back = await jar.post("/guide/enterprise", hiddenFields(home, "locale"), { locale: "en" });
    expect(back).toMatch(/\/guide\/enterprise$/);
    const lookup = await jar.get("/guide/enterprise");
    expect(lookup).toContain('<html lang="en"');
    expect(lookup).toContain("Enter the enterprise&#x27;s Unified Social Credit Code");

    // An enterprise never registered on the Torch platform: register a legal entity account.
    const first17 = "91110108MA01EN6L".padEnd(17, "1");
    const sum = englishSum(lookup);
    const result = await jar.post("/guide/enterprise", hiddenFields(lookup, "q"), { q: first17 + usccCheckCharacter(first17), captchaAnswer: sum.answer });
    expect(result).toMatch(/\/guide\/result$/);
    const resultPage = await jar.get("/guide/result");
    expect(resultPage).toContain("Start step by step");

    const step = await jar.post("/guide/result", buttonFormFields(resultPage, "Start step by step"), {});
    expect(step).toMatch(/\/guide\/journey\/[\w-]+$/);
    const stepPage = await jar.get(new URL(step ?? "", app.url).pathname);
    expect(stepPage).toContain('<html lang="en"');
    expect(stepPage).toMatch(/Step 1 of \d+/);
    // What the page says (its <main>, without markup): no Chinese sentence left.
    const said = (/<main[\s\S]*?<\/main>/.exec(stepPage)?.[0] ?? "").replace(/<[^>]*>/g, " ");
    expect(said).toContain("The steps ahead of you");
    expect(said).not.toMatch(/[请您的]/);
  });
});
