// The seam between the service and whatever delivers text messages. The embedded default is the
// outbox (SMS_PROVIDER=outbox); SMS_PROVIDER=http posts to a gateway (http-sms-provider.ts).

export interface SmsSendRequest {
  /** Normalised mainland mobile (11 digits). */
  mobile: string;
  /** What the message is for, e.g. `lookup`, `register`, `reset`. */
  purpose: string;
  body: string;
  /** The one-time code the body carries, when it carries one (the outbox keeps it for `sms:last`). */
  code?: string;
  /** The variable parts of the text, for gateways that send pre-approved templates (the code is added). */
  params?: Record<string, string>;
}

/** A notice's text and its variable parts (the same values, named for a gateway's template). */
export interface SmsText {
  body: string;
  params: Record<string, string>;
}

export interface SmsProvider {
  readonly name: string;
  /** Resolves once the message is handed over; throws SmsSendError when it could not be. */
  send(request: SmsSendRequest): Promise<void>;
}
