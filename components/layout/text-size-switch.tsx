import { getTranslations } from "next-intl/server";
import { chooseTextSizeAction } from "@/app/_lib/text-size-action";
import type { TextSize } from "@/lib/preferences/text-size";

/** 大字模式 ⇄ 标准字号: a plain form post, so it works without JavaScript; the choice is a cookie. */
export async function TextSizeSwitch({ current }: { current: TextSize }) {
  const t = await getTranslations("chrome");
  const next: TextSize = current === "large" ? "standard" : "large";
  return (
    <form action={chooseTextSizeAction} aria-label={t("textSizeLabel")}>
      <button type="submit" name="textSize" value={next} className="cursor-pointer rounded border border-white px-2 py-0.5 text-sm hover:bg-white hover:text-gov-blue">
        {t(next === "large" ? "textSizeLarge" : "textSizeStandard")}
      </button>
    </form>
  );
}
