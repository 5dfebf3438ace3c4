// A file input with a visible label, hint and error linked by aria-describedby. It accepts
// pictures and PDFs and lets a phone offer its camera or its files (no `capture`, which would
// force the camera); what is really accepted is decided on the server from the content. Listing
// JPEG and PNG (not image/*) makes iPhones convert HEIC photos to JPEG before they are sent.
// Used by the verification upload and both appeals.
import { controlAria, FieldFrame, type FieldFrameProps } from "./field-frame";

export interface FileFieldProps extends Omit<FieldFrameProps, "children"> {
  /** The form field's name; the id by default. */
  name?: string;
}

export function FileField({ name, ...field }: FileFieldProps) {
  return (
    <FieldFrame {...field}>
      <input
        id={field.id}
        name={name ?? field.id}
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        {...controlAria(field)}
        className="mt-1 block w-full max-w-md rounded border-2 border-ink p-2 text-base file:mr-3 file:rounded file:border-0 file:bg-gov-blue file:px-4 file:py-2 file:font-bold file:text-white"
      />
    </FieldFrame>
  );
}
