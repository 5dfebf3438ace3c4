// The one form-action adapter: authorise before anything is read, zod refusals to `invalid`,
// expected errors (AppError) in words with one info line, anything else in generic words with a
// reference and one error line, and Next's own control flow (redirect, notFound, forbidden) passed
// through untouched. Next's request scope does not exist in vitest, so the two request-bound
// functions the adapter calls are stood in: getTranslations reads the real zh-CN catalogue, and
// headers/cookies are those of one imagined request.
import { createTranslator } from "next-intl";
import { forbidden, notFound, redirect } from "next/navigation";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import messages from "@/messages/zh-CN";
import { FAILED_POST_COOKIE } from "./failed-post";
import { formAction, type FormActionSpec } from "./form-action";

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "zh-CN", messages, namespace: namespace as never }),
}));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ set: (name: string, value: string) => request.cookies.set(name, value) }),
}));

type State = { ok: true; data: string } | { ok: false; formError?: string; field?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

const schema = z.object({ name: z.string().min(2, "tooShort") });

function spec(overrides: Partial<FormActionSpec<{ name: string }, string, State>> = {}): FormActionSpec<{ name: string }, string, State> {
  return {
    name: "test.action",
    authorise: async () => "actor-1",
    schema,
    invalid: (issues, { fields }) => ({ ok: false, fieldErrors: Object.fromEntries(issues.map((issue) => [String(issue.path[0]), issue.message])), values: fields }),
    run: async ({ input, actor }) => ({ ok: true, data: `${actor}:${input.name}` }),
    failed: (formError, { fields }, field) => ({ ok: false, formError, field, values: fields }),
    ...overrides,
  };
}

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

let info: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  request.headers = new Headers();
  request.cookies.clear();
  info = vi.spyOn(logger, "info").mockImplementation(() => undefined);
  error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("formAction", () => {
  it("runs the action with the parsed input and the actor, text fields only", async () => {
    let seen: Record<string, string> = {};
    const action = formAction(spec({ run: async ({ input, actor, fields }) => ((seen = fields), { ok: true, data: `${actor}:${input.name}` }) }));
    const state = await action(null, form({ name: "张三", $ACTION_ID_1: "x", upload: new Blob(["x"]) }));
    expect(state).toEqual({ ok: true, data: "actor-1:张三" });
    expect(seen).toEqual({ name: "张三" });
    expect(request.cookies.size).toBe(0);
  });

  it("authorises before it reads or parses anything, and hands authorise the posted form", async () => {
    const order: string[] = [];
    let posted: FormData | null = null;
    const action = formAction(
      spec({
        authorise: async (formData) => {
          order.push("authorise");
          posted = formData;
          redirect("/login?notice=sessionEnded");
        },
        invalid: () => (order.push("invalid"), { ok: false }),
        run: async () => (order.push("run"), { ok: true, data: "" }),
      }),
    );
    const data = form({ name: "x", next: "/account/verify" });
    await expect(action(null, data)).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/login?notice=sessionEnded") });
    expect(order).toEqual(["authorise"]);
    expect(posted).toBe(data);
    expect(info).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it("answers input zod refuses with `invalid`, and marks a post without JavaScript as failed", async () => {
    const run = vi.fn();
    const state = await formAction(spec({ run }))(null, form({ name: "x" }));
    expect(state).toEqual({ ok: false, fieldErrors: { name: "tooShort" }, values: { name: "x" } });
    expect(run).not.toHaveBeenCalled();
    expect(request.cookies.get(FAILED_POST_COOKIE)).toBe("1");
  });

  it("leaves the title to the browser when the post came with JavaScript (Next-Action)", async () => {
    request.headers = new Headers({ "next-action": "abc" });
    await formAction(spec())(null, form({ name: "x" }));
    expect(request.cookies.size).toBe(0);
  });

  it("marks only a state that shows errors: a step that is not done yet (ok: false, a stage) is no failure", async () => {
    const run = async (): Promise<State> => ({ ok: false, values: { name: "张三" } });
    expect(await formAction(spec({ run }))(null, form({ name: "张三" }))).toEqual({ ok: false, values: { name: "张三" } });
    expect(request.cookies.size).toBe(0);
    await formAction(spec({ run: async () => ({ ok: false, formError: "不行。" }) }))(null, form({ name: "张三" }));
    expect(request.cookies.get(FAILED_POST_COOKIE)).toBe("1");
  });

  it("shows an AppError with a catalogued code in its words and logs one info line", async () => {
    const run = async (): Promise<State> => {
      throw new AppError("sms.send.failed", "gateway said no to 13800000001");
    };
    const state = await formAction(spec({ run }))(null, form({ name: "张三" }));
    expect(state).toEqual({ ok: false, formError: messages.errors.codes.sms.send.failed, field: undefined, values: { name: "张三" } });
    expect(info).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith("action.refused", { action: "test.action", code: "sms.send.failed" });
    expect(error).not.toHaveBeenCalled();
  });

  it("takes the action's own words for a refusal first, and hands on the field the refusal names", async () => {
    const run = async (): Promise<State> => {
      throw new AppError("name.taken", "taken", "name");
    };
    const describe = async (refusal: AppError) => (refusal.code === "name.taken" ? "这个名字已有人使用。" : null);
    const state = await formAction(spec({ run, describe }))(null, form({ name: "张三" }));
    expect(state).toEqual({ ok: false, formError: "这个名字已有人使用。", field: "name", values: { name: "张三" } });
    expect(info).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
  });

  it("answers an unexpected error with the generic words and a reference, logged once without its message", async () => {
    const run = async (): Promise<State> => {
      throw new TypeError("cannot read 13800000001");
    };
    const state = await formAction(spec({ run }))(null, form({ name: "张三" }));
    expect(state.ok).toBe(false);
    const reference = /参考号：([0-9A-F]{8})/.exec(state.ok ? "" : (state.formError ?? ""))?.[1];
    expect(reference).toBeDefined();
    expect(state).toEqual({ ok: false, formError: createTranslator({ locale: "zh-CN", messages }).raw("errors.actionFailed").replace("{reference}", reference), field: undefined, values: { name: "张三" } });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith("action.failed", expect.objectContaining({ action: "test.action", reference, errorName: "TypeError" }));
    expect(JSON.stringify(error.mock.calls)).not.toContain("13800000001");
    expect(info).not.toHaveBeenCalled();
    expect(request.cookies.get(FAILED_POST_COOKIE)).toBe("1");
  });

  it("treats an AppError nobody has words for as unexpected", async () => {
    const run = async (): Promise<State> => {
      throw new AppError("nobody.knows");
    };
    const state = await formAction(spec({ run }))(null, form({ name: "张三" }));
    expect(state.ok === false && state.formError).toMatch(/参考号：[0-9A-F]{8}/);
    expect(error).toHaveBeenCalledWith("action.failed", expect.objectContaining({ errorCode: "nobody.knows" }));
    expect(info).not.toHaveBeenCalled();
  });

  it("passes redirect, notFound and forbidden through, from authorise and from the work", async () => {
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
    const thrown = [() => redirect("/done"), () => notFound(), () => forbidden()];
    for (const interrupt of thrown) {
      const fromRun = formAction(spec({ run: async () => interrupt() }));
      await expect(fromRun(null, form({ name: "张三" }))).rejects.toHaveProperty("digest");
      const fromAuthorise = formAction(spec({ authorise: async () => interrupt() }));
      await expect(fromAuthorise(null, form({ name: "张三" }))).rejects.toHaveProperty("digest");
    }
    expect(info).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(request.cookies.size).toBe(0);
  });
});
