import { getTranslations } from "next-intl/server";

const tones: Record<string, string> = {
  unverified: "border-gray-500 bg-gray-100 text-ink",
  pending: "border-amber-600 bg-amber-50 text-amber-900",
  verified: "border-green-700 bg-green-50 text-green-900",
  failed: "border-gov-red bg-red-50 text-gov-red",
};

const known = ["unverified", "pending", "verified", "failed"] as const;

/** The real-name status shown at the top right of 我的信息 (source 1-2 第五步). */
export async function RealNameBadge({ status }: { status: string }) {
  const t = await getTranslations("platform.realNameStatus");
  const site = await getTranslations("site");
  const value = (known as readonly string[]).includes(status) ? (status as (typeof known)[number]) : "unverified";
  return (
    <p className={`inline-block rounded border-2 px-3 py-1 font-bold ${tones[value]}`} data-testid="real-name-status">
      <span className="sr-only">{site("labelled", { label: t("label") })}</span>
      {t(value)}
    </p>
  );
}
