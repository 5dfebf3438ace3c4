import "server-only";
// IDENTITY_VERIFIER=http: asks an authoritative person / enterprise source (or a relay in front
// of one) at IDENTITY_HTTP_URL, bearer IDENTITY_HTTP_TOKEN, within IDENTITY_HTTP_TIMEOUT_MS.
// No retries: the user is waiting at 保存. When the source does not answer usably — network,
// timeout, any non-2xx, an answer that is not the agreed JSON — the result is service-unavailable,
// which the pages turn into "try again later or upload documents", never into 认证失败.
import type { z } from "zod";
import { logger } from "@/lib/log/logger";
import { normaliseName } from "./compare-identity";
import { organisationCheck, organisationVerdictSchema, personCheck, personVerdictSchema } from "./http-identity-verdict";
import { SERVICE_UNAVAILABLE, type IdentityCheck, type IdentityVerifier, type OrganisationClaim, type PersonClaim } from "./identity-verifier";

export interface HttpIdentityConfig {
  url: string;
  token: string;
  timeoutMs: number;
}

export class HttpIdentityVerifier implements IdentityVerifier {
  constructor(private readonly config: HttpIdentityConfig) {}

  async checkPerson(claim: PersonClaim): Promise<IdentityCheck> {
    const verdict = await this.ask("person", { kind: "person", idNumber: claim.residentId, name: normaliseName(claim.name) }, personVerdictSchema);
    return verdict ? personCheck(verdict) : SERVICE_UNAVAILABLE;
  }

  async checkOrganisation(claim: OrganisationClaim): Promise<IdentityCheck> {
    const question = {
      kind: "organisation",
      uscc: claim.uscc,
      orgName: normaliseName(claim.orgName),
      legalRepName: normaliseName(claim.legalRepName),
      legalRepId: claim.legalRepId,
      agentName: normaliseName(claim.agentName),
      agentMobile: claim.agentMobile,
    };
    const verdict = await this.ask("organisation", question, organisationVerdictSchema);
    return verdict ? organisationCheck(verdict, claim) : SERVICE_UNAVAILABLE;
  }

  /** The parsed verdict, or null when the source gave none (logged without any personal data). */
  private async ask<T>(kind: string, question: Record<string, string>, schema: z.ZodType<T>): Promise<T | null> {
    const unavailable = (reason: string) => {
      logger.warn("identity.unavailable", { kind, reason });
      return null;
    };
    let response: Response;
    try {
      response = await fetch(this.config.url, {
        method: "POST",
        headers: { authorization: `Bearer ${this.config.token}`, "content-type": "application/json; charset=utf-8", accept: "application/json" },
        body: JSON.stringify(question),
        redirect: "error",
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      return unavailable(error instanceof Error && error.name === "TimeoutError" ? "timeout" : "network");
    }
    if (!response.ok) {
      await response.body?.cancel();
      return unavailable(`http ${response.status}`);
    }
    const parsed = schema.safeParse(await response.json().catch(() => null));
    return parsed.success ? parsed.data : unavailable("malformed");
  }
}
