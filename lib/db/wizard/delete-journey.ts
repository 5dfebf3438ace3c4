import "server-only";
// "Start again": the old journey goes (its resume code and help code stop working).
import type { Db } from "@/lib/db";

export async function deleteJourney(options: { db: Db; id: string }): Promise<void> {
  await options.db.journey.deleteMany({ where: { id: options.id } });
}
