/** CloudEvents `source` of everything identity publishes. */
export const EVENT_SOURCE = '/atrium/identity';
