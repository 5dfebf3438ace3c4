import { describe, expect, it } from "vitest";
import { checkRegistryRow } from "./registry-row";

const ID = "11010519491231002X";

describe("checkRegistryRow", () => {
  it("normalises a person and an organisation", () => {
    expect(checkRegistryRow({ kind: "Person", id: ID.toLowerCase(), name: "李四", legal_rep_name: "", legal_rep_id: "" })).toEqual({
      ok: true,
      warnings: [],
      value: { kind: "person", id: ID, name: "李四", legalRepName: null, legalRepId: null, checkWarning: false },
    });
    const organisation = checkRegistryRow({ kind: "organisation", id: "91110108ma01et88xl", name: "北京某某", legal_rep_name: "李四", legal_rep_id: ID });
    expect(organisation.ok && organisation.value).toMatchObject({ id: "91110108MA01ET88XL", legalRepId: ID, checkWarning: false });
  });

  it("warns about an organisation's wrong check character", () => {
    const checked = checkRegistryRow({ kind: "organisation", id: "91110108MA01ET88XA", name: "北京某某", legal_rep_name: "李四", legal_rep_id: ID });
    expect(checked.ok && checked.warnings).toEqual([expect.stringContaining("check character")]);
  });

  it("refuses what does not fit the kind", () => {
    expect(checkRegistryRow({ kind: "person", id: "91110108MA01ET88XL", name: "李四", legal_rep_name: "王五", legal_rep_id: "" })).toEqual({
      ok: false,
      message: "legal_rep_name must be empty for a person; id is not a resident ID number: 17 digits then a digit or X (kind person)",
    });
    expect(checkRegistryRow({ kind: "organisation", id: "91110108MA01ET88XL", name: "北京某某", legal_rep_name: "", legal_rep_id: "" })).toEqual({
      ok: false,
      message: "legal_rep_name is required for an organisation; legal_rep_id is required for an organisation",
    });
    expect(checkRegistryRow({ kind: "company", id: "x", name: "", legal_rep_name: "", legal_rep_id: "" })).toMatchObject({ ok: false });
  });
});
