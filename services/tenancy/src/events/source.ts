/** CloudEvents `source` of everything tenancy publishes. */
export const EVENT_SOURCE = '/atrium/tenancy';
