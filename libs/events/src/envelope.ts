/** An event as published and as consumers receive it: CloudEvents attributes and a proto3-JSON payload. */
export interface EventEnvelope<T = Record<string, unknown>> {
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
