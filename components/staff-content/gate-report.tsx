// The publish gate's findings for a text, as a list of reasons in words that link to the field
// in the editor (or a line saying the text passed, and for how many outcomes).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContentProblem } from "@/lib/content/content-problems";
import { fieldControlId, problemWords } from "./problem-words";

export interface GateReportProps {
  problems: readonly ContentProblem[];
  answers: readonly string[];
  /** Where the fields are: the editor page (the links go to its fields). */
  editHref: string;
  heading: string;
  lead: string;
  passed?: string;
}

export async function GateReport({ problems, answers, editHref, heading, lead, passed }: GateReportProps) {
  const t = await getTranslations("contentEditor");
  if (problems.length === 0) return passed ? <p className="border-l-4 border-green-700 bg-green-50 p-4">{passed}</p> : null;
  return (
    <section aria-labelledby="gate-heading" className="border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="gate-heading" className="mb-2 text-lg font-bold">
        {heading}
      </h2>
      <p className="mb-2">{lead}</p>
      <ul className="list-disc space-y-1 pl-6">
        {problems.map((problem, index) => (
          <li key={index}>
            <Link className="text-gov-blue underline underline-offset-4" href={`${editHref}#${fieldControlId(problem.field)}`}>
              {problemWords(t, problem, answers)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
