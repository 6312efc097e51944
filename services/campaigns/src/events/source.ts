/** ce-source of the events campaigns publishes. */
export const EVENT_SOURCE = '/atrium/campaigns';
