import express, { type Request, type RequestHandler } from 'express';
import { DomainError } from '@atrium/errors';
import type { Upload, UploadSpec } from './operation-spec';

/** Reads an upload's raw bytes once the Content-Type is known to be allowed. */
export function uploadReader(upload: UploadSpec): RequestHandler[] {
  const checkType: RequestHandler = (req, _res, next) => {
    // req.is answers null when the request carries no body at all; fetch sends an empty PUT as length 0.
    const matched = req.is([...upload.contentTypes]);
    if (matched === null || req.get('content-length') === '0')
      throw new DomainError('validation_failed', 'Send the content as the request body.', {
        fields: [{ field: 'body', message: 'is required' }],
      });
    if (matched === false)
      throw new DomainError(
        'unsupported_media_type',
        `Send the body as ${upload.contentTypes.join(' or ')} with a matching Content-Type.`,
      );
    next();
  };
  return [checkType, express.raw({ type: () => true, limit: upload.maxBytes })];
}

export function uploadOf(req: Request, upload: UploadSpec): Upload {
  const data: unknown = req.body;
  if (!Buffer.isBuffer(data) || data.length === 0)
    throw new DomainError('validation_failed', 'Send the content as the request body.', {
      fields: [{ field: 'body', message: 'is required' }],
    });
  const contentType = req.is([...upload.contentTypes]);
  if (typeof contentType !== 'string') throw new Error('an upload lost its Content-Type after the check');
  return { contentType, data };
}
