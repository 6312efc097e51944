import * as protobuf from 'protobufjs';

import { EVENT_TYPES, type EventMap } from './generated/event-map';

export { EVENT_TYPES, type EventMap };

/** An event type a proto declares, e.g. `atrium.tenancy.v1.client.created`. */
export type EventType = keyof EventMap;
/** The payload enqueueEvent takes for an event type: its proto message, every field optional. */
export type EventInput<T extends EventType> = EventMap[T]['input'];
/** The payload a consumer receives for an event type: proto3 JSON with every field present. */
export type EventOutput<T extends EventType> = EventMap[T]['output'];
/** One event's type and payload, for any of the types in E: `switch (event.type)` narrows `data`. */
export type EventPayload<E extends EventType = EventType> = {
  [K in E]: { type: K; data: EventOutput<K> };
}[E];

const KNOWN = new Set<string>(EVENT_TYPES);

export function isEventType(type: string): type is EventType {
  return KNOWN.has(type);
}

const INTEGER = /^-?[0-9]+$/;
const INT32 = new Set(['int32', 'sint32', 'sfixed32', 'uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with one value of a field's type in proto3 JSON, or undefined when it is fine. */
function problemOfValue(value: unknown, field: protobuf.Field, at: string): string | undefined {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) {
    return isPlainObject(value) ? problemOfMessage(value, resolved, `${at}.`) : `${at}: object expected`;
  }
  if (resolved instanceof protobuf.Enum) {
    const known =
      typeof value === 'string'
        ? Object.hasOwn(resolved.values, value)
        : Number.isInteger(value) && Object.values(resolved.values).includes(value as number);
    return known ? undefined : `${at}: one of ${Object.keys(resolved.values).join(', ')} expected`;
  }
  const type = field.type;
  if (type === 'string' || type === 'bytes')
    return typeof value === 'string' ? undefined : `${at}: string expected`;
  if (type === 'bool') return typeof value === 'boolean' ? undefined : `${at}: boolean expected`;
  if (INT32.has(type) || INT64.has(type)) {
    const integer = Number.isInteger(value) || (typeof value === 'string' && INTEGER.test(value));
    return integer ? undefined : `${at}: integer expected`;
  }
  // double and float: a number, or one of the strings proto3 JSON allows.
  const number =
    typeof value === 'number' ||
    (typeof value === 'string' &&
      (['NaN', 'Infinity', '-Infinity'].includes(value) ||
        (value.trim() !== '' && !Number.isNaN(Number(value)))));
  return number ? undefined : `${at}: number expected`;
}

/**
 * What is wrong with an object as the proto3 JSON of a message: a field of the wrong type. An absent
 * or null field takes its default, and fields the message does not declare are ignored, as a consumer
 * must for fields added later (docs/events.md).
 */
function problemOfMessage(
  data: Record<string, unknown>,
  type: protobuf.Type,
  prefix: string,
): string | undefined {
  for (const field of type.fieldsArray) {
    const value = data[field.name];
    if (value === undefined || value === null) continue;
    const at = `${prefix}${field.name}`;
    let problem: string | undefined;
    if (field.map) {
      problem = isPlainObject(value)
        ? Object.entries(value)
            .map(([key, entry]) => problemOfValue(entry, field, `${at}.${key}`))
            .find(Boolean)
        : `${at}: object expected`;
    } else if (field.repeated) {
      problem = Array.isArray(value)
        ? value.map((entry, index) => problemOfValue(entry, field, `${at}[${index}]`)).find(Boolean)
        : `${at}: array expected`;
    } else {
      problem = problemOfValue(value, field, at);
    }
    if (problem) return problem;
  }
  return undefined;
}

/** A payload that is not the proto3 JSON of its event's message; redelivering cannot fix it. */
export class EventDataError extends Error {
  constructor(
    readonly eventType: string,
    readonly problem: string,
  ) {
    super(`${eventType} payload is not its proto message: ${problem}`);
    this.name = 'EventDataError';
  }
}

/** readEventData of index.ts, given the event's message type. */
export function readMessageData<T extends EventType>(
  messageType: protobuf.Type,
  eventType: T,
  data: unknown,
): EventOutput<T> {
  if (!isPlainObject(data)) throw new EventDataError(eventType, 'not a JSON object');
  const problem = problemOfMessage(data, messageType, '');
  if (problem) throw new EventDataError(eventType, problem);
  return messageType.toObject(messageType.fromObject(data), {
    defaults: true,
    longs: String,
    enums: String,
  }) as EventOutput<T>;
}
