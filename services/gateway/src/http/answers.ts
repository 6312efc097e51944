import type { Request, Response } from 'express';
import type { BinaryBody, BinaryResponseSpec } from './operation-spec';

/** The quoted entity tag HTTP wants, whatever form the backend keeps it in. */
function entityTag(etag: string): string {
  if (/^(W\/)?"[\x21\x23-\x7e]*"$/.test(etag)) return etag;
  return `"${etag.replace(/[^\x21\x23-\x7e]/g, '')}"`;
}

export function sendBinary(req: Request, res: Response, spec: BinaryResponseSpec, body: BinaryBody): void {
  if (!spec.binary.contentTypes.includes(body.contentType))
    throw new Error(`a backend answered content of type "${body.contentType}" for ${req.path}`);
  res.setHeader('ETag', entityTag(body.etag));
  res.setHeader('Cache-Control', spec.binary.cacheControl);
  // req.fresh compares If-None-Match with the ETag just set (weak comparison, lists and `*` included).
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.status(200).type(body.contentType).send(body.data);
}
