"use client";
// The error boundary of this part of the site: the page failed while the header, footer and
// navigation still work, so the user can go on from here (components/errors/boundary-view.tsx).
import { type BoundaryProps, BoundaryView } from "@/components/errors/boundary-view";

export default function ErrorBoundary(props: BoundaryProps) {
  return <BoundaryView {...props} />;
}
