/** The start of the calendar month (UTC) that `at` falls in: where a spending limit starts counting. */
export function monthStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}
