// /guide/journey: "我的办理进度" — straight to the step the person is on, or how to start one.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentStepOf } from "@/lib/wizard/journey-state";
import { findCurrentJourney } from "./_lib/current-journey";
import { NoJourney } from "./_components/no-journey";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.noJourney"))("title"), robots: { index: false } };
}

export default async function JourneyIndexPage() {
  const current = await findCurrentJourney();
  if (current) redirect(`/guide/journey/${currentStepOf(current.journey.state)}`);
  return <NoJourney />;
}
