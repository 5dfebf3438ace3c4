// `npm run cli -- registry:import <file.csv>`: loads identity-registry entries (registry.csv); prints the import summary.
import { InputError } from "@/lib/errors/app-error";
import { db } from "@/lib/db";
import { boundHeapGrowthForImport } from "@/lib/importers/bounded-heap";
import { importRegistryEntries } from "@/lib/importers/import-registry-entries";
import type { CliCommand } from "../command";

export const registryImportCommand: CliCommand = {
  summary: "load identity-registry entries (registry.csv)",
  usage: "registry:import <file.csv>",
  async run(args) {
    const [file, ...rest] = args;
    if (!file || rest.length > 0) throw new InputError("usage", "usage: registry:import <file.csv>", "file");
    boundHeapGrowthForImport();
    const summary = await importRegistryEntries({ db: db(), file });
    return { ...summary };
  },
};
