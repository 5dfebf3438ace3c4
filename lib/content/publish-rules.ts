// Who may publish a text. Editors and admins write drafts, publish and roll back; reviewers have
// no part in content. With CONTENT_REVIEW=required a second person publishes: the last editor of a
// draft may not publish it (four eyes), so a text reaches users only after someone else read it.
import type { StaffRole } from "@/lib/staff/staff-rules";

/** CONTENT_REVIEW (lib/env.ts). */
export type ContentReviewMode = "off" | "required";

export interface PublishRequest {
  mode: ContentReviewMode;
  role: StaffRole;
  publisherId: number;
  /** The last editor of the draft (ContentDraft.updatedBy). */
  draftAuthorId: number;
}

export type PublishRefusal = "notEditor" | "ownDraft";

export function publishRefusal({ mode, role, publisherId, draftAuthorId }: PublishRequest): PublishRefusal | null {
  if (role !== "editor" && role !== "admin") return "notEditor";
  if (mode === "required" && publisherId === draftAuthorId) return "ownDraft";
  return null;
}
