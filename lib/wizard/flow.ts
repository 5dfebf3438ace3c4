// The guided journey as data (conventions: "The wizard is data"): every step of every outcome of
// domain.md §3 with its question, its action in the product, what ticks it off on the platform and
// a pure `next`. Pages, the progress indicator, the checklist, the tests and (later) the staff flow
// diagram all read this one definition. The graph is acyclic (tested), so a journey's path never
// visits a step twice and answers can be kept by step id.
import { z } from "zod";
import type { LoginWindow } from "@/lib/migration/outcomes";
import type { JourneyFacts } from "./facts";
import type { NextResult, StepDefinition } from "./flow-types";
import { afterLogin, afterVerified, firstActionStep } from "./routes";
import { STEP_IDS, stepFor, type StepId } from "./steps";

const go = (to: StepId): NextResult => ({ to });
const block = (reason: Extract<NextResult, { blocked: unknown }>["blocked"]): NextResult => ({ blocked: reason });
const same = (facts: JourneyFacts) => facts;
const verified = (facts: JourneyFacts) => facts.realNameStatus === "verified";
const loggedIn = (facts: JourneyFacts): JourneyFacts => ({ ...facts, accountExists: true, loggedIn: true });
const nowVerified = (facts: JourneyFacts): JourneyFacts => ({ ...facts, realNameStatus: "verified" });
const appealed = (facts: JourneyFacts) => facts.appealCase === "open" || facts.appealCase === "approved";

type Next = NonNullable<StepDefinition["next"]>;
/** The steps before the login: once the platform shows the person logged in, on to the real-name steps, whatever was answered. */
const untilLoggedIn =
  (next: Next): Next =>
  (input) =>
    input.facts.loggedIn ? go(afterLogin(input.outcome, input.facts)) : next(input);
/** The real-name steps: the status shows only once logged in (for an enterprise), and verified is the way on. */
const untilVerified =
  (next: Next): Next =>
  (input) => {
    if (input.facts.realNameStatus === null) return block("logInToCheck");
    if (input.facts.realNameStatus === "verified") return go(afterVerified(input.outcome));
    return next(input);
  };

type Definition = Omit<StepDefinition, "id">;
const step = (id: StepId, definition: Definition): [StepId, Definition] => [id, definition];
const info = (next: StepDefinition["next"], action: StepDefinition["action"] = null): Definition => ({
  action,
  input: null,
  expectedAnswer: null,
  isComplete: () => true,
  achieve: same,
  next,
});

function windowedSteps(w: LoginWindow): [StepId, Definition][] {
  const login = { href: `/login/${w}` };
  const verifyAction = { href: "/account/verify" };
  return [
    // 1-1 第一种 / 2-1: register, then log in.
    step(stepFor("register", w), {
      action: { href: `/register/${w}` },
      input: null,
      expectedAnswer: null,
      isComplete: (f) => f.accountExists,
      achieve: (f) => ({ ...f, accountExists: true }),
      next: ({ facts }) => (facts.accountExists ? go(stepFor("log-in", w)) : block("noAccount")),
    }),
    // "如果…提示登录名或密码错误的…请再进行密码找回操作" (1-2 第一种), "如忘记密码" (1-1 第二种).
    step(stepFor("log-in", w), {
      action: login,
      input: z.enum(["ok", "refused", "forgot"]),
      expectedAnswer: "ok",
      isComplete: (f) => f.loggedIn,
      achieve: loggedIn,
      next: untilLoggedIn(({ answer }) => {
        if (answer === "refused" || answer === "forgot") return go(stepFor("reset", w));
        return block(answer === "ok" ? "notLoggedIn" : "answerRequired");
      }),
    }),
    // 三、密码找回 1-1 / 2-1 登录名重置密码; when that cannot work, the appeal of 1-2 / 2-2.
    step(stepFor("reset", w), {
      action: { href: `/recovery/reset/${w}` },
      input: z.enum(["done", "cannot"]),
      expectedAnswer: "done",
      isComplete: (f) => f.passwordReset,
      achieve: (f) => ({ ...f, passwordReset: true }),
      next: untilLoggedIn(({ answer, facts }) => {
        if (facts.passwordReset) return go(stepFor("log-in-again", w));
        if (answer === "cannot") return go(stepFor("appeal", w));
        return block(answer === "done" ? "notReset" : "answerRequired");
      }),
    }),
    step(stepFor("log-in-again", w), {
      action: login,
      input: z.enum(["ok", "refused"]),
      expectedAnswer: "ok",
      isComplete: (f) => f.loggedIn,
      achieve: loggedIn,
      next: untilLoggedIn(({ answer }) => {
        if (answer === "refused") return go(stepFor("appeal", w));
        return block(answer === "ok" ? "notLoggedIn" : "answerRequired");
      }),
    }),
    // 1-2 自然人申诉找回密码 / 2-2 单位法人用户申诉找回密码: fill in, 下一步, wait for review.
    step(stepFor("appeal", w), {
      action: { href: `/recovery/appeal/${w}` },
      input: null,
      expectedAnswer: null,
      isComplete: appealed,
      achieve: (f) => ({ ...f, appealCase: "open" }),
      next: untilLoggedIn(({ facts }) => (appealed(facts) ? go(stepFor("appeal-waiting", w)) : block("noAppeal"))),
    }),
    // Approved: the user sets a new password from the SMS and logs in — the login ticks it off.
    step(stepFor("appeal-waiting", w), {
      action: login,
      input: z.enum(["ok", "rejected"]),
      expectedAnswer: "ok",
      isComplete: (f) => f.loggedIn,
      achieve: (f) => ({ ...loggedIn(f), appealCase: "approved" }),
      next: untilLoggedIn(({ answer }) => {
        if (answer === "rejected") return go("call-support");
        return block(answer === "ok" ? "notLoggedIn" : "answerRequired");
      }),
    }),
    // 1-2 / 2-2 实名认证 第一步…第五步: 在线办事 → 我的信息 → 修改…信息 → 保存 → automatic check.
    step(stepFor("verify", w), {
      action: verifyAction,
      input: null,
      expectedAnswer: null,
      isComplete: verified,
      achieve: nowVerified,
      next: untilVerified(({ facts }) => {
        if (facts.realNameStatus === "failed") return go(stepFor("verify-failed", w));
        if (facts.realNameStatus === "pending") return go(stepFor("verify-waiting", w));
        return block("notVerified");
      }),
    }),
    // 实名认证失败: "首先检查自己填写的信息是否正确，如果所填信息都正确但是实名认证仍是失败，请点击上传…".
    step(stepFor("verify-failed", w), {
      action: verifyAction,
      input: z.enum(["rechecked", "correct"]),
      expectedAnswer: "rechecked",
      isComplete: verified,
      achieve: nowVerified,
      next: untilVerified(({ answer, facts }) => {
        if (facts.realNameStatus === "pending") return go(stepFor("verify-waiting", w));
        if (answer === "correct") return go(stepFor("upload", w));
        return block(answer === "rechecked" ? "stillFailed" : "answerRequired");
      }),
    }),
    step(stepFor("upload", w), {
      action: { href: "/account/verify/upload" },
      input: null,
      expectedAnswer: null,
      isComplete: (f) => f.realNameStatus === "pending" || f.realNameStatus === "verified",
      achieve: (f) => ({ ...f, realNameStatus: "pending" }),
      next: untilVerified(({ facts }) => (facts.realNameStatus === "pending" ? go(stepFor("verify-waiting", w)) : block("notUploaded"))),
    }),
    // 认证中: staff review the documents; the status in 我的信息 changes when they decide.
    step(stepFor("verify-waiting", w), {
      action: { href: "/account" },
      input: null,
      expectedAnswer: null,
      isComplete: verified,
      achieve: nowVerified,
      next: untilVerified(() => block("underReview")),
    }),
  ];
}

const services = { href: "/services" };

const DEFINITIONS = new Map<StepId, Definition>([
  step("overview", info(({ outcome }) => go(firstActionStep(outcome)))),
  ...windowedSteps("legal"),
  ...windowedSteps("natural"),
  // 1-2 第四种: "认证完成后，该账号自动获得了该企业的高企认定和科小企评价等业务系统授权".
  step("authorisation", {
    action: services,
    input: null,
    expectedAnswer: null,
    isComplete: (f) => f.authorised,
    achieve: (f) => ({ ...f, authorised: true }),
    next: ({ facts }) => {
      if (!facts.loggedIn) return block("notLoggedIn");
      return facts.authorised ? go("enter-systems") : block("notAuthorised");
    },
  }),
  // FAQ 2: "点击服务事项——按用户——法人单位找到相关业务点击办理入口进入即可".
  step("enter-systems", { ...info(null, services), isComplete: verified }),
  step("personal-services", { ...info(null, services), isComplete: verified }),
  step("call-support", { ...info(null, { href: "tel:010-88659000" }), isComplete: () => false }),
]);

function defined(id: StepId): StepDefinition {
  const definition = DEFINITIONS.get(id);
  if (!definition) throw new Error(`wizard step ${id} has no definition`);
  return { id, ...definition };
}

export const FLOW: Readonly<Record<StepId, StepDefinition>> = Object.fromEntries(STEP_IDS.map((id) => [id, defined(id)])) as Record<
  StepId,
  StepDefinition
>;

export const FIRST_STEP: StepId = "overview";
