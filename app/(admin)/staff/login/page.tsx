import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { getCurrentStaff } from "@/lib/staff/require-staff";
import { StaffLoginForm } from "../_components/staff-login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.login"))("title") };
}

const NOTICES = { sessionEnded: "sessionEnded", loggedOut: "loggedOut" } as const;

export default async function StaffLoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getCurrentStaff()) redirect("/staff");
  const t = await getTranslations("staff.login");
  const notice = (await searchParams).notice;
  const known = typeof notice === "string" && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  return (
    <div className="max-w-xl space-y-6">
      {known ? <Notice tone={known === "loggedOut" ? "success" : "info"}>{t(known)}</Notice> : null}
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p>{t("lead")}</p>
      <StaffLoginForm />
    </div>
  );
}
