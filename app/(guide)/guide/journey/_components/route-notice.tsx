// Said once the route changed, right under the heading's "共 m 步": an answer (or a changed path)
// made the total of steps grow or shrink, so the number moving is explained instead of silent
// (lib/wizard/route.ts).
import { getTranslations } from "next-intl/server";

export async function RouteNotice({ from }: { from: number }) {
  const t = await getTranslations("wizard");
  return (
    <p role="status" data-testid="route-changed" className="border-l-4 border-gov-blue pl-2 text-sm">
      {t("routeChanged", { from })}
    </p>
  );
}
