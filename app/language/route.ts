// The language switch (issue 14 §8): a plain form POST, so it works without JavaScript. Sets the
// NEXT_LOCALE cookie for a year and sends the browser back to the page it was on.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/config";
import { returnPathFrom } from "@/lib/i18n/return-path";

const switchSchema = z.object({ locale: z.enum(locales) });

export async function POST(request: NextRequest): Promise<NextResponse> {
  const form = await request.formData().catch(() => null);
  const parsed = switchSchema.safeParse({ locale: form?.get("locale") });
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const back = returnPathFrom(request.headers.get("referer"), host);
  // A relative Location: right behind any proxy, whatever host name the app itself sees.
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  if (parsed.success) {
    response.cookies.set(LOCALE_COOKIE, parsed.data.locale, {
      path: "/",
      maxAge: 365 * 24 * 60 * 60,
      sameSite: "lax",
      httpOnly: true,
    });
  }
  return response;
}
