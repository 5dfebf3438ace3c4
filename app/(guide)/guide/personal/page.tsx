// /guide/personal: step 2 of the lookup.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LookupStep } from "../lookup-step";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guide.personal"))("metaTitle") };
}

export default function PersonalLookupPage() {
  return <LookupStep kind="personal" />;
}
