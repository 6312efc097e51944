/** The fields nodemailer puts on a failed send. */
interface SmtpError {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
}

const MAX_ERROR_LENGTH = 500;

/**
 * A failure that another attempt cannot fix: the receiving server refused this recipient or this
 * message with a 5xx reply (RFC 5321 "permanent negative completion"). A 5xx anywhere else — to
 * MAIL FROM or the login — points at Atrium's own configuration, which an operator may fix, so those
 * are retried like any other failure.
 */
export function isPermanentFailure(error: unknown): boolean {
  const { responseCode, command } = (error ?? {}) as SmtpError;
  return (
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    responseCode < 600 &&
    (command === 'RCPT TO' || command === 'DATA')
  );
}

/**
 * What last_error says, readable by agency admins: the server's reply when there is one, otherwise
 * only the kind of failure; never the host, port or credentials of Atrium's mail server, which
 * system errors (ECONNREFUSED 10.0.0.5:587) would reveal.
 */
export function describeFailure(error: unknown): string {
  const { code, responseCode, response } = (error ?? {}) as SmtpError;
  if (typeof responseCode === 'number' && typeof response === 'string')
    return response.replace(/\s+/g, ' ').trim().slice(0, MAX_ERROR_LENGTH);
  switch (code) {
    case 'ECONNECTION':
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'EDNS':
      return `The mail server could not be reached (${code}).`;
    case 'EAUTH':
      return 'The mail server refused Atrium’s login (EAUTH).';
    case 'ETLS':
      return 'A secure connection to the mail server failed (ETLS).';
    default:
      return 'Sending failed.';
  }
}
