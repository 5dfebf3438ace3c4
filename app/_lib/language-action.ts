"use server";
// The language switch in the header (issue 14 §8), through the one form-action adapter: anyone may
// choose the language → zod → the NEXT_LOCALE cookie next-intl reads → back to the same page.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/config";
import { returnPathFrom } from "@/lib/preferences/return-path";

const languageFormSchema = z.object({ locale: z.enum(locales) });

const chooseLanguage = formAction<z.infer<typeof languageFormSchema>, null, null>({
  name: "preferences.language",
  authorise: async () => null,
  schema: languageFormSchema,
  // A crafted post without a known language changes nothing: the page is simply shown again.
  invalid: () => null,
  failed: () => null,
  run: async ({ input }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 60 * 60 });
    redirect(returnPathFrom((await headers()).get("referer")));
  },
});

export async function chooseLanguageAction(formData: FormData): Promise<void> {
  await chooseLanguage(null, formData);
}
