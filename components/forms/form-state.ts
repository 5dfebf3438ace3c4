// The result a form's server action hands back to the page (conventions: `{ ok: true, data } |
// { ok: false, formError?, fieldErrors? }`). Messages are already translated on the server, and the
// typed values come back so a page re-rendered without JavaScript keeps what the user entered.
export type FormState<Field extends string = string, Data = undefined> =
  | { ok: true; data: Data }
  | {
      ok: false;
      formError?: string;
      fieldErrors?: Partial<Record<Field, string>>;
      values?: Partial<Record<Field, string>>;
    };

/** The errors of a state in field order, for the error summary. */
export function summaryErrors<Field extends string>(
  state: FormState<Field, unknown> | null,
  fields: readonly { name: Field; id: string }[],
): { href: string; message: string }[] {
  if (!state || state.ok) return [];
  return fields.flatMap(({ name, id }) => {
    const message = state.fieldErrors?.[name];
    return message ? [{ href: `#${id}`, message }] : [];
  });
}
