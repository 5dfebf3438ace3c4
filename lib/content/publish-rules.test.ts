import { describe, expect, it } from "vitest";
import { publishRefusal } from "./publish-rules";

describe("publishRefusal", () => {
  it("lets editors and admins publish their own draft when review is off", () => {
    expect(publishRefusal({ mode: "off", role: "editor", publisherId: 1, draftAuthorId: 1 })).toBeNull();
    expect(publishRefusal({ mode: "off", role: "admin", publisherId: 1, draftAuthorId: 1 })).toBeNull();
  });

  it("never lets a reviewer publish", () => {
    expect(publishRefusal({ mode: "off", role: "reviewer", publisherId: 1, draftAuthorId: 2 })).toBe("notEditor");
  });

  it("with review required, refuses the draft's last editor and accepts a second person", () => {
    expect(publishRefusal({ mode: "required", role: "admin", publisherId: 1, draftAuthorId: 1 })).toBe("ownDraft");
    expect(publishRefusal({ mode: "required", role: "editor", publisherId: 2, draftAuthorId: 1 })).toBeNull();
  });
});
