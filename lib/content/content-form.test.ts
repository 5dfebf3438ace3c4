import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ContentKey } from "./content-keys";
import { contentFormSchema, fieldsFromForm, formValues } from "./content-form";
import { fieldsFromSource } from "./content-fields";

const outcome: ContentKey = { kind: "outcomes", id: "E-R3" };
const step: ContentKey = { kind: "steps", id: "log-in-legal" };
const shipped = (key: ContentKey) => fieldsFromSource(key, readFileSync(`${process.cwd()}/content/zh-CN/${key.kind}/${key.id}.mdx`, "utf8"));

describe("the editor form", () => {
  it("round-trips a text's fields through the posted values", () => {
    for (const key of [outcome, step]) expect(fieldsFromForm(key, formValues(shipped(key)))).toEqual(shipped(key));
  });

  it("accepts the form's own names and refuses any other", () => {
    const posted = { kind: "outcomes", id: "E-R3", intent: "draft", ...formValues(shipped(outcome)) };
    expect(contentFormSchema.safeParse(posted).success).toBe(true);
    expect(contentFormSchema.safeParse({ ...posted, "steps.0.onclick": "x" }).success).toBe(false);
    expect(contentFormSchema.safeParse({ ...posted, intent: "delete" }).success).toBe(false);
    expect(contentFormSchema.safeParse({ ...posted, title: "x".repeat(2_001) }).success).toBe(false);
  });

  it("ignores answers the flow does not have and keeps step rows in order", () => {
    const fields = fieldsFromForm(step, { title: "t", "choices.ok": "好", "choices.bogus": "坏" });
    expect(fields.choices).toEqual({ ok: "好", refused: "", forgot: "" });
    const withSteps = fieldsFromForm(outcome, { "steps.1.text": "二", "steps.0.text": "一", "steps.1.href": "/faq" });
    expect(withSteps.steps).toEqual([
      { text: "一", href: "", linkText: "" },
      { text: "二", href: "/faq", linkText: "" },
    ]);
  });
});
