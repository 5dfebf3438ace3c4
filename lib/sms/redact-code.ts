// What the database keeps of a message sent through a real gateway: the text with its one-time
// code blanked. Only the outbox (a stand-in for a phone) keeps codes.
export function redactCode(body: string, code: string | undefined): string {
  return code ? body.split(code).join("*".repeat(code.length)) : body;
}
