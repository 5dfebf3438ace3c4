// A posted form's text fields: strings only (a File where text is expected is simply absent) and
// without Next's own `$ACTION…` fields.
export type FormFields = Record<string, string>;

export function formFields(formData: FormData): FormFields {
  const out: FormFields = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}
