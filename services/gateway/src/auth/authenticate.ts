import type { RequestHandler } from 'express';
import { DomainError } from '@atrium/errors';
import { continueAs } from '../http/request-context';
import type { JwtVerifier } from './jwt-verifier';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;

/** Admits requests with a valid `Authorization: Bearer <access token>` and runs the rest as that actor. */
export function authenticate(verifier: JwtVerifier): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined)
      throw new DomainError('unauthenticated', 'Send an access token: Authorization: Bearer <token>.');
    const token = BEARER.exec(header)?.[1];
    if (token === undefined)
      throw new DomainError('unauthenticated', 'The Authorization header must be "Bearer <token>".');
    const claims = await verifier.verify(token);
    continueAs({ userId: claims.userId, agencyId: claims.agencyId }, res, next);
  };
}
