// Issue 15 §2: when the identity source did not answer, 修改个人信息 says so in plain words — the
// data was kept, the account is still 未认证 (not 认证失败), try 保存 again later or upload documents —
// and the form stays open. The save path itself (a real source that times out or fails) is proven
// by tests/integration/verification/http-identity.test.ts; here the page shows the stored state.
import { expect, test } from "@playwright/test";
import { keyedHash, sealText } from "../../lib/crypto/seal";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDb } from "../support/e2e-db";
import { logIn, uniqueName, useOwnClientAddress } from "../platform/support";
import { insertPlatformAccount, randomResidentId } from "./support";

const PASSWORD = "Verify-Pass-2026";

test("a source that did not answer: 未认证, try again later or upload, nothing lost", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a page of text: the desktop run proves it");
  test.setTimeout(90_000);
  await useOwnClientAddress(page);
  const loginName = uniqueName("vdown");
  const idNumber = randomResidentId();
  await insertPlatformAccount({ type: "natural", loginName, password: PASSWORD });
  withE2eDb((db) =>
    db
      .prepare(
        `UPDATE PlatformAccount SET personName = '鲁迅', idType = 'resident-id', idNumberEnc = ?, idNumberHash = ?,
         realNameStatus = 'unverified', realNameFailure = 'service-unavailable' WHERE loginNameKey = ?`,
      )
      .run(sealText(idNumber), keyedHash(idNumber), loginName.toLowerCase()),
  );
  await logIn(page, testInfo, "natural", loginName, PASSWORD);

  await page.goto("/account/verify");
  await expect(page.getByTestId("verification-result")).toHaveText("暂时无法自动核验");
  await expect(page.getByTestId("verification-failure")).toHaveText(/身份核验服务暂时无法访问，您填写的信息已保存.*稍后.*再次点击“保存”.*上传证件照片/);
  await expect(page.getByTestId("real-name-status")).toContainText("未认证");
  await expect(page.getByText("认证失败")).toHaveCount(0);
  await expect(page.getByLabel("姓名")).toHaveValue("鲁迅");
  await expect(page.getByRole("button", { name: "保存" })).toBeEnabled();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "上传自然人信息" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("上传自然人信息");
  await expect(page.getByLabel("身份证人像面")).toBeVisible();
});
