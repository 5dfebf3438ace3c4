import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CardStatus, ServiceAudience } from "@/lib/accounts/service-catalogue";

const tones: Record<CardStatus, string> = {
  open: "text-green-800",
  logIn: "text-muted",
  verify: "text-amber-900",
  needsAuthorisation: "text-amber-900",
  naturalOnly: "text-amber-900",
};

/** One service: what it is, whether the visitor's account can use it (and if not, what would), 办理入口. */
export async function ServiceCard(props: { name: string; description: string; href: string; status: CardStatus; audience: ServiceAudience }) {
  const t = await getTranslations();
  const { name, status } = props;
  const statusKey = status === "logIn" ? (props.audience === "natural" ? "logInNatural" : "logInLegal") : status;
  return (
    <li className="rounded border-2 border-gray-300 p-4">
      <h2 className="mb-1 text-xl font-bold">{name}</h2>
      <p className="mb-2">{props.description}</p>
      <p className={`mb-3 font-bold ${tones[status]}`} data-testid="service-status">
        {t(`services.status.${statusKey}`)}
      </p>
      <Link
        href={props.href}
        className="inline-block rounded bg-gov-blue px-4 py-2 font-bold text-white hover:bg-gov-blue-dark"
        aria-label={`${name} ${t("platform.services.enter")}`}
      >
        {t("platform.services.enter")}
      </Link>
    </li>
  );
}
