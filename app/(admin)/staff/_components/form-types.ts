// States the staff forms get back from their server actions.
import type { FormState } from "@/components/forms/form-state";

export type StaffLoginState = FormState<"name" | "password">;
export type TotpState = FormState<"code">;
export type DecisionState = FormState<"reason">;
