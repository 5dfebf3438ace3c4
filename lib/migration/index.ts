// The pure part of the migration domain (no database): outcome codes, the rules, the views they
// read. The executor is `run-migration.ts` (server-only).
export { viewOfAccounts } from "./account-list-view";
export {
  MIGRATION_OUTCOME_CODES,
  OUTCOME_CODES,
  WINDOW_BY_OUTCOME,
  isOutcomeCode,
  type LoginWindow,
  type MigrationOutcomeCode,
  type OutcomeCode,
} from "./outcomes";
export type { AccountToCreate, AccountType, LookupView, MigrationView, PlatformAccountSummary, TorchAccountInput } from "./platform-view";
export {
  resolveEnterpriseOutcome,
  resolvePersonalOutcome,
  resolveTorchOutcome,
  resolveUnregisteredEnterprise,
  resolveUnregisteredPersonal,
  type MigrationDecision,
  type UnregisteredDecision,
} from "./rules";
