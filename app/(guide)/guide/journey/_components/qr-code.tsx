// A QR code as inline SVG, drawn on the server (no script, prints sharply, works offline once
// the page is there). The SVG is qrcode's own output for our own URL, not user content. Its size
// comes from the SVG's own width: a style attribute would be refused by the CSP (proxy.ts).
import QRCode from "qrcode";

export async function QrCode({ text, label, size = 176 }: { text: string; label: string; size?: number }) {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, width: size });
  return (
    <div
      role="img"
      aria-label={label}
      className="inline-block bg-white p-1 [&_svg]:h-auto [&_svg]:max-w-full"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
