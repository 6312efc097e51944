import type { EventOutput, EventType } from '@atrium/proto';

/** An event as published and as consumers receive it: CloudEvents attributes and a proto3-JSON payload. */
export interface EventEnvelope<T = object> {
  id: string;
  /** e.g. `atrium.tenancy.v1.client.created` */
  type: string;
  /** the publishing service, e.g. `/atrium/tenancy` */
  source: string;
  /** what the event is about, e.g. `agencies/<id>/clients/<id>` */
  subject: string;
  /** when the change committed its event row, ISO 8601 */
  time: string;
  data: T;
  traceparent?: string;
  requestId?: string;
}

/**
 * An event of one of the types E as startConsumer hands it over: its payload read by its proto
 * message (libs/proto readEventData), typed by the generated event map, so `switch (event.type)`
 * narrows `event.data`.
 */
export type ReceivedEvent<E extends EventType = EventType> = {
  [K in E]: EventEnvelope<EventOutput<K>> & { type: K };
}[E];
