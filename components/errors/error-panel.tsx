// The body of every error page: what happened, what to do, the support phone and — for a failure
// of ours — the reference that staff find in the log. Plain markup without hooks, so the server
// renders it (no JavaScript needed) and client error boundaries reuse it.
import Link from "next/link";

export interface ErrorPanelText {
  title: string;
  text: string;
  /** "如问题持续，请拨打…" with the phone; shown with a reference only. */
  support: string;
  referenceLabel: string;
  home: string;
  guide: string;
  faq: string;
}

export function ErrorPanel({ text, reference, phone, action }: { text: ErrorPanelText; reference: string | null; phone: string; action?: React.ReactNode }) {
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <div className="max-w-2xl space-y-5" data-testid="error-page">
      <h1 className="text-2xl font-bold text-gov-blue">{text.title}</h1>
      <p className="text-lg">{text.text}</p>
      {reference ? (
        <div className="space-y-2 rounded border-l-4 border-gov-red bg-red-50 p-4">
          <p>{text.support}</p>
          <p>
            {text.referenceLabel}
            <strong className="text-xl tracking-wider" data-testid="error-reference">
              {reference}
            </strong>
          </p>
          <p>
            <a className={`${link} text-lg font-bold`} href={`tel:${phone}`}>
              {phone}
            </a>
          </p>
        </div>
      ) : null}
      {action}
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link className={`${link} font-bold`} href="/">
          {text.home}
        </Link>
        <Link className={link} href="/guide">
          {text.guide}
        </Link>
        <Link className={link} href="/faq">
          {text.faq}
        </Link>
      </p>
    </div>
  );
}
