// A comparison of two versions of a text as a table: each changed line says in words whether it
// was added or removed (colour is only a second cue), with the line numbers of both versions.
import { getTranslations } from "next-intl/server";
import type { DiffRow } from "@/lib/content/content-diff";

const ROW_STYLE = { added: "bg-green-50", removed: "bg-red-50", same: "" } as const;

export async function ContentDiffView({ rows }: { rows: readonly DiffRow[] }) {
  const t = await getTranslations("contentEditor.diff");
  if (!rows.some((row) => row.kind === "added" || row.kind === "removed")) return <p>{t("none")}</p>;
  return (
    <table className="w-full border-collapse font-mono text-sm">
      <caption className="mb-2 text-left font-sans text-base text-muted">{t("caption")}</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left font-sans">
          <th scope="col" className="w-16 px-2">{t("oldLine")}</th>
          <th scope="col" className="w-16 px-2">{t("newLine")}</th>
          <th scope="col" className="w-16 px-2">{t("change")}</th>
          <th scope="col" className="px-2">{t("text")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) =>
          row.kind === "folded" ? (
            <tr key={index} className="border-b border-gray-300 text-muted">
              <td colSpan={4} className="px-2 py-1 font-sans">{t("folded", { count: row.count })}</td>
            </tr>
          ) : (
            <tr key={index} className={`border-b border-gray-300 ${ROW_STYLE[row.kind]}`}>
              <td className="px-2 align-top">{row.oldLine ?? ""}</td>
              <td className="px-2 align-top">{row.newLine ?? ""}</td>
              <td className="px-2 align-top font-sans font-bold">{row.kind === "same" ? "" : t(row.kind)}</td>
              <td className="whitespace-pre-wrap break-all px-2">{row.kind === "removed" ? <del>{row.text}</del> : row.kind === "added" ? <ins className="no-underline">{row.text}</ins> : row.text}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
