"use client";
// The editor of one text: the page information as fields (title, summary, a step's question and
// answer labels, an outcome's login-name hint and steps), the MDX body with a toolbar, and the
// buttons to keep a draft, ask for review or publish. Posts without JavaScript; a refused post
// comes back with the reason beside each field and everything typed kept.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveContentAction } from "@/app/(admin)/staff/content/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { BodyToolbar } from "./body-toolbar";
import { IntentButtons } from "./intent-buttons";
import { fieldControlId } from "./problem-words";

export interface ContentFormProps {
  kind: "steps" | "outcomes";
  id: string;
  values: Record<string, string>;
  /** The flow's answers of a step's question, in order (empty: the step asks nothing). */
  answers: readonly string[];
  /** Outcomes: the login window in words, and whether the page shows a login-name hint. */
  windowText?: string;
  withLoginNameHint: boolean;
  /** Outcomes: how many step rows to show (the filled ones and one empty). */
  stepRows: number;
  limits: Record<string, number>;
  maxSteps: number;
  reviewRequired: boolean;
}

export function ContentForm(props: ContentFormProps) {
  const { kind, id, answers, stepRows, limits } = props;
  const t = useTranslations("contentEditor.form");
  const [state, formAction] = useActionState(saveContentAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? props.values;
  const names = [
    "title",
    "summary",
    ...(props.withLoginNameHint ? ["loginNameHint"] : []),
    ...(answers.length > 0 ? ["question", ...answers.map((answer) => `choices.${answer}`)] : []),
    ...Array.from({ length: stepRows }, (_, index) => ["text", "href", "linkText"].map((part) => `steps.${index}.${part}`)).flat(),
    "body",
  ];
  const field = (name: string) => ({
    id: fieldControlId(name),
    name,
    defaultValue: values[name] ?? "",
    error: failed?.fieldErrors?.[name],
    errorPrefix: t("errorPrefix"),
  });
  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary title={t("errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, names.map((name) => ({ name, id: fieldControlId(name) })))} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold">{t("legendPage")}</legend>
        <TextField {...field("title")} label={t("title")} hint={t("titleHint", { max: limits.title })} />
        <TextAreaField {...field("summary")} label={t("summary")} hint={t("summaryHint", { max: limits.summary })} rows={2} look="wideProse" />
        {props.windowText ? (
          <p>
            <span className="font-bold">{t("window")}：</span>
            {props.windowText}
          </p>
        ) : null}
        {props.withLoginNameHint ? <TextField {...field("loginNameHint")} label={t("loginNameHint")} hint={t("loginNameHintHint", { max: limits.loginNameHint })} /> : null}
      </fieldset>
      {answers.length > 0 ? (
        <fieldset className="space-y-4">
          <legend className="mb-2 text-xl font-bold">{t("legendQuestion")}</legend>
          <p className="text-muted">{t("questionLead")}</p>
          <TextField {...field("question")} label={t("question")} />
          {answers.map((answer, index) => (
            <TextField key={answer} {...field(`choices.${answer}`)} label={t("choice", { number: index + 1 })} />
          ))}
        </fieldset>
      ) : null}
      {kind === "outcomes" ? (
        <fieldset className="space-y-4">
          <legend className="mb-2 text-xl font-bold">{t("legendSteps")}</legend>
          <p className="text-muted">{t("stepsLead", { max: props.maxSteps })}</p>
          {Array.from({ length: stepRows }, (_, index) => (
            <div key={index} className="space-y-2 border-l-4 border-gray-300 pl-3">
              <TextAreaField {...field(`steps.${index}.text`)} label={t("stepText", { number: index + 1 })} rows={2} look="wideProse" />
              <TextField {...field(`steps.${index}.href`)} label={t("stepHref", { number: index + 1 })} hint={t("stepHrefHint")} spellCheck={false} />
              <TextField {...field(`steps.${index}.linkText`)} label={t("stepLinkText", { number: index + 1 })} />
            </div>
          ))}
        </fieldset>
      ) : null}
      <div>
        <TextAreaField {...field("body")} label={t("body")} hint={t("bodyHint")} rows={22} spellCheck={false} look="source" />
        <BodyToolbar kind={kind} targetId={fieldControlId("body")} />
        <ComponentsHelp kind={kind} />
      </div>
      <TextField id="content-note" name="note" defaultValue={values.note ?? ""} label={t("note")} hint={t("noteHint")} maxLength={200} />
      <IntentButtons reviewRequired={props.reviewRequired} />
    </form>
  );
}

function ComponentsHelp({ kind }: { kind: "steps" | "outcomes" }) {
  const t = useTranslations("contentEditor.form");
  const lines = kind === "steps" ? ["componentCallout", "componentLoginNameBox", "componentStepAction"] : ["componentCallout", "componentStepActionHref"];
  return (
    <div className="mt-2 text-muted">
      <p>{t("componentsHelp")}</p>
      <ul className="list-disc pl-6 font-mono text-sm">
        {lines.map((line) => (
          <li key={line}>{t.raw(line) as string}</li>
        ))}
      </ul>
    </div>
  );
}
