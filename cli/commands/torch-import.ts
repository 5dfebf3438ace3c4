// `npm run cli -- torch:import <file.csv>`: loads Torch accounts (torch-accounts.csv); prints the import summary.
import { InputError } from "@/lib/errors/app-error";
import { db } from "@/lib/db";
import { boundHeapGrowthForImport } from "@/lib/importers/bounded-heap";
import { importTorchAccounts } from "@/lib/importers/import-torch-accounts";
import type { CliCommand } from "../command";

export const torchImportCommand: CliCommand = {
  summary: "load Torch accounts (torch-accounts.csv)",
  usage: "torch:import <file.csv>",
  async run(args) {
    const [file, ...rest] = args;
    if (!file || rest.length > 0) throw new InputError("usage", "usage: torch:import <file.csv>", "file");
    boundHeapGrowthForImport();
    const summary = await importTorchAccounts({ db: db(), file });
    return { ...summary };
  },
};
