import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/errors/app-error";
import { platformImportCommand } from "./platform-import";
import { registryImportCommand } from "./registry-import";
import { torchImportCommand } from "./torch-import";

describe("import commands' arguments", () => {
  it("want exactly one file", async () => {
    for (const command of [torchImportCommand, platformImportCommand, registryImportCommand]) {
      await expect(command.run([])).rejects.toBeInstanceOf(InputError);
      await expect(command.run(["a.csv", "b.csv"])).rejects.toThrow(`usage: ${command.usage}`);
    }
  });
});
