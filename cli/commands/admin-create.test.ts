import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/errors/app-error";
import { parseAdminCreateArgs } from "./admin-create";

describe("admin:create arguments", () => {
  it("reads the name and the role in either spelling", () => {
    expect(parseAdminCreateArgs(["li.wei", "--role", "reviewer"])).toEqual({ name: "li.wei", role: "reviewer" });
    expect(parseAdminCreateArgs(["--role=admin", "wang"])).toEqual({ name: "wang", role: "admin" });
  });
  it("refuses a missing or unknown role, a bad name, extra names and unknown options before asking a password", () => {
    for (const args of [["li.wei"], ["li.wei", "--role"], ["li.wei", "--role", "root"], ["l", "--role", "editor"], ["a", "b", "--role", "editor"], ["li.wei", "--role", "editor", "--password", "x"]]) {
      expect(() => parseAdminCreateArgs(args), args.join(" ")).toThrow(InputError);
    }
  });
});
