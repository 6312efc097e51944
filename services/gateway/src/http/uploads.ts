import type { Readable } from 'node:stream';
import busboy from 'busboy';
import express, { type Request, type RequestHandler } from 'express';
import { DomainError } from '@atrium/errors';
import type { StreamedUpload, Upload, UploadSpec } from './operation-spec';

/** Reads an upload's raw bytes once the Content-Type is known to be allowed. */
export function uploadReader(upload: UploadSpec): RequestHandler[] {
  const checkType: RequestHandler = (req, _res, next) => {
    // req.is answers null when the request carries no body at all; fetch sends an empty PUT as length 0.
    const matched = req.is([...upload.contentTypes]);
    // A streamed upload reports a missing body only after its path and query were checked
    // (streamedUploadOf), so a request wrong in both is told about the parameter first.
    const empty = matched === null || req.get('content-length') === '0';
    if (empty && !upload.streamed)
      throw new DomainError('validation_failed', 'Send the content as the request body.', {
        fields: [{ field: 'body', message: 'is required' }],
      });
    if (!empty && matched === false)
      throw new DomainError(
        'unsupported_media_type',
        `Send the body as ${upload.contentTypes.join(' or ')} with a matching Content-Type.`,
      );
    next();
  };
  if (!upload.streamed) return [checkType, express.raw({ type: () => true, limit: upload.maxBytes })];
  const describe: RequestHandler = (req, _res, next) => {
    const encoding = req.get('content-encoding');
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity')
      throw new DomainError('unsupported_media_type', 'Send the upload without a Content-Encoding.');
    // The bytes are read later, by the handler; an Idempotency-Key's fingerprint (http/idempotency.ts)
    // covers what is known before: the options in the query, the type and the declared length.
    req.body = { query: req.query, contentType: req.get('content-type'), length: req.get('content-length') };
    next();
  };
  return [checkType, describe];
}

export function streamedUploadOf(req: Request, upload: UploadSpec): StreamedUpload {
  const contentType = req.is([...upload.contentTypes]);
  if (typeof contentType !== 'string' || req.get('content-length') === '0')
    throw new DomainError('validation_failed', 'Send the content as the request body.', {
      fields: [{ field: 'body', message: 'is required' }],
    });
  return { contentType };
}

/** A file being uploaded: its name when the client gave one, and its bytes as they arrive. */
export interface UploadedFile {
  fileName: string;
  chunks: AsyncIterable<Buffer>;
}

/**
 * The file of a streamed upload: the body itself, or the part named `field` of a multipart/form-data
 * body. Its bytes pass through as the reader takes them (backpressure reaches the client); more than
 * maxBytes ends the upload with payload_too_large, and a multipart body without the part answers
 * validation_failed naming it.
 */
export async function uploadedFile(
  req: Request,
  options: { field: string; maxBytes: number },
): Promise<UploadedFile> {
  if (!req.is('multipart/form-data')) return { fileName: '', chunks: capped(req, options.maxBytes) };
  const parser = busboy({
    headers: req.headers,
    limits: { files: 1, fields: 20, fileSize: options.maxBytes },
  });
  const found = new Promise<UploadedFile>((resolve, reject) => {
    parser.on('file', (name, stream, info) => {
      if (name !== options.field) {
        stream.resume();
        return;
      }
      stream.on('limit', () =>
        stream.destroy(
          new DomainError('payload_too_large', `The file is larger than ${options.maxBytes} bytes.`),
        ),
      );
      resolve({ fileName: info.filename ?? '', chunks: capped(stream, options.maxBytes) });
    });
    parser.on('error', () =>
      reject(
        new DomainError('validation_failed', 'The multipart body cannot be read.', {
          fields: [{ field: 'body', message: 'must be multipart/form-data with its boundary' }],
        }),
      ),
    );
    parser.on('close', () =>
      reject(
        new DomainError('validation_failed', `Send the file as the part named "${options.field}".`, {
          fields: [{ field: options.field, message: 'is required' }],
        }),
      ),
    );
  });
  req.pipe(parser);
  return found;
}

async function* capped(stream: Readable, maxBytes: number): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > maxBytes)
      throw new DomainError('payload_too_large', `The file is larger than ${maxBytes} bytes.`);
    yield chunk;
  }
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
