import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { getContext, newTraceparent, runWithContext, type Actor } from '@atrium/logger';

// Printable token characters only: the id lands in headers, logs and gRPC metadata.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

interface RequestIds {
  requestId: string;
  traceparent: string;
}

const idsByRequest = new WeakMap<IncomingMessage, RequestIds>();

/** The request id the gateway answers this request under. */
export function requestIdOf(req: IncomingMessage): string {
  return idsByRequest.get(req)?.requestId ?? 'unknown';
}

/** The traceparent of the gateway's span for this request. */
export function traceparentOf(req: IncomingMessage): string | undefined {
  return idsByRequest.get(req)?.traceparent;
}

/**
 * Takes the caller's X-Request-Id when it is a sane token (else makes one), continues or starts the W3C
 * trace, echoes the id, and runs the rest of the chain inside that context so logs and gRPC calls carry
 * it. Mounted first, so that even a body the gateway cannot parse is answered and logged with the id.
 */
export const requestContext: RequestHandler = (req, res, next) => {
  const offered = req.get('x-request-id');
  const requestId = offered !== undefined && SANE_REQUEST_ID.test(offered) ? offered : randomUUID();
  const traceparent = newTraceparent(req.get('traceparent'));
  idsByRequest.set(req, { requestId, traceparent });
  res.setHeader('X-Request-Id', requestId);
  runWithContext({ requestId, traceparent }, next);
};

const actorByResponse = new WeakMap<Response, Actor>();
const tokenExpiryByResponse = new WeakMap<Response, number>();

/**
 * Runs the rest of the chain with the authenticated actor added to the request's context.
 * `tokenExpiresAt` (epoch ms) is the access token's expiry, for answers that outlive the request.
 */
export function continueAs(actor: Actor, res: Response, next: () => void, tokenExpiresAt?: number): void {
  actorByResponse.set(res, actor);
  if (tokenExpiresAt !== undefined) tokenExpiryByResponse.set(res, tokenExpiresAt);
  runWithContext({ ...getContext(), actor }, next);
}

/** When the access token this request came with expires (epoch ms); undefined for an API key. */
export function tokenExpiryOf(res: Response): number | undefined {
  return tokenExpiryByResponse.get(res);
}

/** The actor authenticate() admitted for this request, if any. */
export function actorOf(res: Response): Actor | undefined {
  return actorByResponse.get(res);
}
