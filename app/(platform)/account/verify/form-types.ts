// The states the two identity forms get back from their server actions.
import type { FormState } from "@/components/forms/form-state";

export type NaturalIdentityField = "personName" | "idType" | "idNumber";
export type LegalIdentityField = "orgName" | "agentName" | "agentMobile" | "legalRepName" | "legalRepId";

type Extra = {
  /** The ID number is verified on another account: show the ways forward. */
  idAlreadyVerified?: boolean;
};

export type NaturalIdentityState = FormState<NaturalIdentityField> & Extra;
export type LegalIdentityState = FormState<LegalIdentityField> & Extra;
