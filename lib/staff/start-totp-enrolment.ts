import "server-only";
// The first login after `admin:create` enrols the authenticator: a secret is made once, kept
// sealed on the account, and shown (with its QR code) until a code from it is confirmed.
// Reloading the page shows the same secret, so an app that already scanned it stays right.
import { openText, sealText } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { newTotpSecret, totpEnrolmentUri } from "./totp";

export async function startTotpEnrolment(options: { db: Db; staffId: number }): Promise<{ secret: string; uri: string } | null> {
  const { db, staffId } = options;
  for (let round = 0; round < 2; round += 1) {
    const staff = await db.staffAccount.findUnique({ where: { id: staffId }, select: { name: true, totpSecretEnc: true, totpConfirmedAt: true } });
    if (!staff || staff.totpConfirmedAt) return null;
    if (staff.totpSecretEnc) {
      const secret = openText(staff.totpSecretEnc);
      return { secret, uri: totpEnrolmentUri(staff.name, secret) };
    }
    // Only one of two parallel first visits stores its secret; the other reads it next round.
    await db.staffAccount.updateMany({
      where: { id: staffId, totpSecretEnc: null, totpConfirmedAt: null },
      data: { totpSecretEnc: sealText(newTotpSecret()) },
    });
  }
  return null;
}
