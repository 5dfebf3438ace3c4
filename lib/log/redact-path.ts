// A request path as it may be written to a log (issue 15.4): segments that open something or
// name someone's case are replaced by the route parameter's name. The password-set link is a live
// single-use token (anyone holding it sets the password); a case reference together with the
// applicant's mobile opens the appeal status. Resume codes travel in the query string, which is
// never logged; mobiles and USCCs never appear in paths (forms post them). Everything else in
// app/'s dynamic segments is a fixed word (a step, an outcome code, a window) or an opaque id that
// needs a session.

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

export function redactPath(path: string): string {
  const segments = path.split("/").filter(Boolean);
  const [first, second] = segments.map(decoded);
  if (segments.length < 3) return path;
  // Matched loosely (case, encoding, doubled slashes): a misspelt link still carries a valid token.
  if (first === "recovery" && second === "set-password") {
    return segments.length === 3 && segments[2] === "done" ? path : "/recovery/set-password/:token";
  }
  if (first === "staff" && second === "cases") return ["", "staff", "cases", ":reference", ...segments.slice(3)].join("/");
  return path;
}
