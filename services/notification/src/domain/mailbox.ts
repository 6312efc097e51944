/** `Name <address@domain>` or a bare `address@domain`, as EMAIL_FROM takes it. */
export const MAILBOX = /^\s*(?:"?([^"<>]*?)"?\s*<([^\s@<>]+@[^\s@<>]+)>|([^\s@<>]+@[^\s@<>]+))\s*$/;

export interface Mailbox {
  name: string;
  address: string;
}

/** Splits a mailbox; throws on anything MAILBOX does not match (config validation catches it first). */
export function parseMailbox(value: string): Mailbox {
  const match = MAILBOX.exec(value);
  if (!match) throw new Error(`"${value}" is not an email address`);
  return { name: (match[1] ?? '').trim(), address: match[2] ?? match[3]! };
}

/** The part after the @: Message-IDs are minted in the sender's domain. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
