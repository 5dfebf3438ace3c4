// Refusals of publishing and rollback, each with a stable code the pages translate
// (messages/zh-CN/content-editor.json `contentEditor.refusals.<code without "content.">`).
import { AppError } from "@/lib/errors/app-error";

export type ContentErrorCode =
  | "content.noDraft"
  | "content.draftChanged"
  | "content.ownDraft"
  | "content.notEditor"
  | "content.versionNotFound"
  | "content.alreadyCurrent"
  | "content.nothingToPublish";

export type ContentErrorKey = ContentErrorCode extends `content.${infer Key}` ? Key : never;

export class ContentPublishError extends AppError {
  constructor(readonly code: ContentErrorCode) {
    super(code);
    this.name = "ContentPublishError";
  }

  get key(): ContentErrorKey {
    return this.code.slice("content.".length) as ContentErrorKey;
  }
}
