// `npm run cli -- platform:import <file.csv>`: loads existing platform accounts (platform-accounts.csv); prints the import summary.
import { InputError } from "@/lib/errors/app-error";
import { db } from "@/lib/db";
import { boundHeapGrowthForImport } from "@/lib/importers/bounded-heap";
import { importPlatformAccounts } from "@/lib/importers/import-platform-accounts";
import type { CliCommand } from "../command";

export const platformImportCommand: CliCommand = {
  summary: "load existing platform accounts (platform-accounts.csv)",
  usage: "platform:import <file.csv>",
  async run(args) {
    const [file, ...rest] = args;
    if (!file || rest.length > 0) throw new InputError("usage", "usage: platform:import <file.csv>", "file");
    boundHeapGrowthForImport();
    const summary = await importPlatformAccounts({ db: db(), file });
    return { ...summary };
  },
};
