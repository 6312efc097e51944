/** ce-source of the events notification publishes. */
export const EVENT_SOURCE = '/atrium/notification';
