// The staff case search (issue 13 §3): what the GET form may ask for, checked and normalised the
// way the rest of the service reads identifiers, so a typed `１３８-0000 0001` finds the case of
// 13800000001. Errors are message keys (staffOps.caseSearch.errors.*) for the field they belong to.
import { checkMobile, checkUscc } from "@/lib/identifiers";
import { loginNameKey } from "@/lib/accounts/login-names";
import { parseDateRange, textParam, type DateRange, type SearchParams } from "@/lib/staff/console-filters";
import { normaliseCaseReference } from "./case-reference";

export const CASE_STATUSES = ["open", "approved", "rejected"] as const;
export type CaseStatusFilter = (typeof CASE_STATUSES)[number];

export interface CaseSearchCriteria {
  reference: string | null;
  mobile: string | null;
  uscc: string | null;
  loginName: string | null;
  status: CaseStatusFilter | null;
  range: DateRange;
}

export type CaseSearchField = "reference" | "mobile" | "uscc" | "loginName" | "status" | "from" | "to";
export const CASE_SEARCH_FIELDS: readonly CaseSearchField[] = ["reference", "mobile", "uscc", "loginName", "status", "from", "to"];

export interface ParsedCaseSearch {
  /** What was typed, to show again in the form. */
  values: Record<CaseSearchField, string>;
  errors: Partial<Record<CaseSearchField, string>>;
  criteria: CaseSearchCriteria;
  /** True when at least one filter was given (an empty form lists the newest cases). */
  filtered: boolean;
}

export function parseCaseSearch(params: SearchParams): ParsedCaseSearch {
  const values = Object.fromEntries(CASE_SEARCH_FIELDS.map((field) => [field, textParam(params, field, 64)])) as Record<CaseSearchField, string>;
  const errors: Partial<Record<CaseSearchField, string>> = {};

  const reference = values.reference ? normaliseCaseReference(values.reference) : null;
  if (reference !== null && !/^[A-Z0-9-]{4,40}$/.test(reference)) errors.reference = "reference";

  const mobile = values.mobile ? checkMobile(values.mobile) : null;
  if (mobile && !mobile.ok) errors.mobile = "mobile";

  // Early codes fail the check character yet are genuine: only the shape is required here.
  const uscc = values.uscc ? checkUscc(values.uscc) : null;
  if (uscc && !uscc.ok) errors.uscc = "uscc";

  const status = values.status ? ((CASE_STATUSES as readonly string[]).includes(values.status) ? (values.status as CaseStatusFilter) : null) : null;
  if (values.status && status === null) errors.status = "status";

  const { range, errors: dateErrors } = parseDateRange(values.from, values.to);
  if (dateErrors.from) errors.from = dateErrors.from;
  if (dateErrors.to) errors.to = dateErrors.to;

  return {
    values,
    errors,
    criteria: {
      reference,
      mobile: mobile?.ok ? mobile.value : null,
      uscc: uscc?.ok ? uscc.value : null,
      loginName: values.loginName ? loginNameKey(values.loginName) : null,
      status,
      range,
    },
    filtered: CASE_SEARCH_FIELDS.some((field) => values[field] !== ""),
  };
}
