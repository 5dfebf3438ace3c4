// The seam between the service and whatever delivers text messages. The embedded default is the
// outbox (SMS_PROVIDER=outbox); a real gateway plugs in behind the same interface.

export interface SmsSendRequest {
  /** Normalised mainland mobile (11 digits). */
  mobile: string;
  /** What the message is for, e.g. `lookup`, `register`, `reset`. */
  purpose: string;
  body: string;
  /** The one-time code the body carries, when it carries one (the outbox keeps it for `sms:last`). */
  code?: string;
}

export interface SmsProvider {
  readonly name: string;
  send(request: SmsSendRequest): Promise<void>;
}
