/** ce-source of the events billing publishes. */
export const EVENT_SOURCE = '/atrium/billing';
