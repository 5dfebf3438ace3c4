// Every command of `npm run cli -- <command>`, by name.
import type { CliCommand } from "../command";
import { adminCreateCommand } from "./admin-create";
import { documentsPurgeCommand } from "./documents-purge";
import { lookupCommand } from "./lookup";
import { maintenanceCommand } from "./maintenance";
import { migrateCommand } from "./migrate";
import { platformImportCommand } from "./platform-import";
import { registryImportCommand } from "./registry-import";
import { smsLastCommand } from "./sms-last";
import { torchImportCommand } from "./torch-import";

export const commands: Record<string, CliCommand> = {
  "torch:import": torchImportCommand,
  "platform:import": platformImportCommand,
  "registry:import": registryImportCommand,
  migrate: migrateCommand,
  lookup: lookupCommand,
  "sms:last": smsLastCommand,
  "admin:create": adminCreateCommand,
  "documents:purge": documentsPurgeCommand,
  maintenance: maintenanceCommand,
};
