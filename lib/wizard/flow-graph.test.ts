import { describe, expect, it } from "vitest";
import { flowGraph } from "./flow-graph";

describe("flowGraph", () => {
  it("labels a branch with the answers that take it, and the platform's own way on apart", () => {
    const graph = flowGraph("E-U1");
    const fromLogIn = graph.get("log-in-legal") ?? [];
    // "登录名或密码错误" and "忘记了密码" lead to 登录名重置密码; nothing else does.
    expect(fromLogIn.find((edge) => edge.to === "reset-legal")).toEqual({ to: "reset-legal", answers: ["refused", "forgot"], byPlatform: false });
    // Logged in (the platform says so), the user moves on to real-name verification whatever they answered.
    expect(fromLogIn.find((edge) => edge.to === "verify-legal")).toEqual({ to: "verify-legal", answers: [], byPlatform: true });
    // Verification failed → re-check → "信息都正确" → upload.
    expect(graph.get("verify-failed-legal")?.find((edge) => edge.to === "upload-legal")?.answers).toEqual(["correct"]);
  });

  it("starts at the overview and ends on steps with no way on", () => {
    const graph = flowGraph("P-R4");
    expect([...graph.keys()][0]).toBe("overview");
    expect(graph.get("overview")?.map((edge) => edge.to)).toEqual(["appeal-natural"]);
    expect(graph.get("personal-services")).toEqual([]);
  });

  it("CONFLICT goes from the overview to the call centre and nowhere else", () => {
    expect([...flowGraph("CONFLICT")]).toEqual([
      ["overview", [{ to: "call-support", answers: [], byPlatform: true }]],
      ["call-support", []],
    ]);
  });
});
