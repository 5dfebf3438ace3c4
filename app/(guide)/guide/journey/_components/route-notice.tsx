// Said once the route changed: an answer (or a changed path) made the total of steps grow or
// shrink, so "共 m 步" moving is explained instead of silent (lib/wizard/route.ts).
import { getTranslations } from "next-intl/server";

export async function RouteNotice({ from, to }: { from: number; to: number }) {
  const t = await getTranslations("wizard");
  return (
    <p role="status" data-testid="route-changed" className="rounded border-l-8 border-gov-blue bg-blue-50 px-3 py-1">
      {t("routeChanged", { from, to })}
    </p>
  );
}
