/** A status message shown after a redirect (registered, logged out…): announced politely. */
export function Notice({ children, tone = "info" }: { children: React.ReactNode; tone?: "info" | "success" | "warning" }) {
  const colours = {
    info: "border-gov-blue bg-blue-50",
    success: "border-green-700 bg-green-50",
    warning: "border-amber-600 bg-amber-50",
  }[tone];
  return (
    <div role="status" className={`mb-6 border-l-4 p-4 ${colours}`}>
      {children}
    </div>
  );
}
