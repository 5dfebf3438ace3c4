"use server";
// The 大字模式 switch in the header, through the one form-action adapter: anyone may choose how
// large the text is → zod → a cookie the root layout reads → back to the page the form was on.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { returnPathFrom } from "@/lib/preferences/return-path";
import { TEXT_SIZE_COOKIE, TEXT_SIZE_MAX_AGE_SECONDS, textSizeFormSchema } from "@/lib/preferences/text-size";

const chooseTextSize = formAction<z.infer<typeof textSizeFormSchema>, null, null>({
  name: "preferences.text-size",
  authorise: async () => null,
  schema: textSizeFormSchema,
  // A crafted post without a known size changes nothing: the page is simply shown again.
  invalid: () => null,
  failed: () => null,
  run: async ({ input }) => {
    (await cookies()).set(TEXT_SIZE_COOKIE, input.textSize, { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: TEXT_SIZE_MAX_AGE_SECONDS });
    redirect(returnPathFrom((await headers()).get("referer")));
  },
});

export async function chooseTextSizeAction(formData: FormData): Promise<void> {
  await chooseTextSize(null, formData);
}
