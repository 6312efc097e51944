import nodemailer from 'nodemailer';

/** One message as the delivery worker hands it over. */
export interface OutgoingEmail {
  messageId: string;
  from: { name: string; address: string };
  to: string;
  replyTo: string;
  subject: string;
  html: string;
  text: string;
}

export interface Mailer {
  /** Resolves once the server accepted the message; rejects with nodemailer's error otherwise. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/**
 * SMTP through one pool of connections. Timeouts are far below nodemailer's defaults (2 and 10
 * minutes) so that an unresponsive server fails an attempt quickly and the delivery is retried later
 * instead of holding its lease (CLAIM_LEASE_MS in delivery-worker.ts must stay above their sum).
 */
export function createMailer(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 5,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(email) {
      await transport.sendMail({
        messageId: email.messageId,
        from: email.from,
        to: email.to,
        ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        subject: email.subject,
        html: email.html,
        text: email.text,
        // RFC 3834: tells auto-responders (out-of-office replies) not to answer.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => transport.close(),
  };
}
