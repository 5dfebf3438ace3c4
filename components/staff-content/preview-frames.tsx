// The staff preview's two frames: the same page at a phone's width (360 px) and at a desktop's,
// side by side where the screen allows. Each frame renders the real page components; `render`
// gets an id prefix so that the two copies keep their ids unique. Rendered on the server: no
// iframe and no script, so it works without JavaScript. The phone frame also sets the headings'
// phone size, which the pages choose by screen width (`sm:`) rather than by their own width.
import type { ReactNode } from "react";

export function PreviewFrames({ phoneLabel, desktopLabel, render }: { phoneLabel: string; desktopLabel: string; render: (idPrefix: string) => ReactNode }) {
  const frame = "max-w-full rounded-lg border-4 border-gray-700 bg-white px-4 py-6";
  return (
    <div className="relative left-1/2 flex w-[calc(100vw-3rem)] max-w-[76rem] -translate-x-1/2 flex-wrap items-start justify-center gap-6">
      <section aria-labelledby="preview-phone-heading" className="max-w-full">
        <h2 id="preview-phone-heading" className="mb-2 text-lg font-bold">
          {phoneLabel}
        </h2>
        <div className={`w-[360px] ${frame} [&_h1]:text-2xl`} data-testid="preview-phone">
          {render("phone-")}
        </div>
      </section>
      <section aria-labelledby="preview-desktop-heading" className="max-w-full">
        <h2 id="preview-desktop-heading" className="mb-2 text-lg font-bold">
          {desktopLabel}
        </h2>
        <div className={`w-[800px] ${frame}`} data-testid="preview-desktop">
          {render("desktop-")}
        </div>
      </section>
    </div>
  );
}
