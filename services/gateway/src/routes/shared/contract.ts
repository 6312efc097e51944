import { DomainError, fromGrpcError } from '@atrium/grpc';
import { isGrpcError } from '../../http/problems';

/**
 * proto3 leaves every message field optional on the wire; a backend that omits one the contract
 * promises has a bug, and answering 500 beats inventing a value.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`backend answer lacks ${what}`);
  return value;
}

/**
 * What a route inside a client that declares `access: { client }` may answer from the gateway's own
 * access resolution, before its service is called (docs/authorization.md).
 */
export const CLIENT_ACCESS_PROBLEMS = {
  404: 'No such client, or one the caller may not enter (`not_found`).',
  410: 'The client is being deleted (`client_deleted`).',
};

/** proto3 sends an absent optional string as ''; the API says null. */
export function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/** A proto string the contract limits to known values; anything else is a backend bug. */
export function oneOf<const Values extends readonly string[]>(
  values: Values,
  value: string,
  what: string,
): Values[number] {
  if (!values.includes(value))
    throw new Error(`backend answered ${what} "${value}", which the API does not know`);
  return value;
}

/**
 * Runs a backend call whose validation problems name fields as the proto does, and renames them to the
 * API's names (e.g. identity's `newPassword` is the body's `password`), so `fields` matches the request.
 */
export async function withApiFieldNames<T>(call: Promise<T>, names: Record<string, string>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    const answer = isGrpcError(error) ? fromGrpcError(error) : undefined;
    if (!(answer instanceof DomainError) || !answer.fields) throw error;
    throw new DomainError(answer.kind, answer.detail, {
      fields: answer.fields.map(({ field, message }) => ({ field: names[field] ?? field, message })),
      ...(answer.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: answer.retryAfterSeconds }),
    });
  }
}

/**
 * A closed-set value as its proto enum names it: `bounced` with the prefix `PROSPECT_STATUS_` is
 * `PROSPECT_STATUS_BOUNCED`. The API's values are @atrium/proto's closed sets, generated from the same
 * enums, so the two cannot drift apart.
 */
export function protoEnum<T extends string | number>(prefix: string, value: string): T {
  return `${prefix}${value.toUpperCase()}` as T;
}

/** A proto enum's answer as the API names it; unspecified or unknown is a backend bug. */
export function fromProtoEnum<const Values extends readonly string[]>(
  values: Values,
  prefix: string,
  value: string,
  what: string,
): Values[number] {
  const name = value.startsWith(prefix) ? value.slice(prefix.length).toLowerCase() : value;
  return oneOf(values, name, what);
}
