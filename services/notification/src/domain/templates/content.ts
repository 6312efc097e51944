/**
 * What an email says, as plain text pieces. One renderer turns it into both the HTML and the text
 * part, so the two always say the same, and every piece is escaped in exactly one place.
 */
export interface EmailContent {
  subject: string;
  /** The line mail clients show next to the subject; not displayed in the body. */
  preheader: string;
  heading: string;
  blocks: ContentBlock[];
}

export type ContentBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'button'; label: string; url: string }
  /** Label → value rows, e.g. when and where something happened. */
  | { type: 'details'; rows: Array<[label: string, value: string]> }
  /** Smaller print under the main message. */
  | { type: 'note'; text: string };

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** A moment as people read it; agencies' time zones are not known here, so UTC and say so. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const formatted = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date);
  return `${formatted} UTC`;
}
