import { createHash } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import { IDENTITY_ERRORS } from './errors';

export const MAX_AVATAR_BYTES = 1024 * 1024;

// An image is recognised by its first bytes, never by the name or type the uploader gives it.
const SIGNATURES: Record<string, Buffer> = {
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
};

export interface Avatar {
  contentType: string;
  data: Buffer;
  etag: string;
}

/** Accepts a JPEG or PNG of at most 1 MiB whose content matches its declared type. */
export function checkAvatar(declaredType: string, data: Buffer): Avatar {
  const contentType = declaredType.split(';')[0]!.trim().toLowerCase();
  const signature = SIGNATURES[contentType];
  if (!signature) {
    throw new DomainError('unsupported_media_type', 'An avatar must be a JPEG or PNG image.');
  }
  if (data.length > MAX_AVATAR_BYTES) {
    throw new DomainError('payload_too_large', 'An avatar may be at most 1 MiB.');
  }
  if (data.length <= signature.length || !data.subarray(0, signature.length).equals(signature)) {
    throw new DomainError(
      IDENTITY_ERRORS.invalid_image,
      `The file is not a ${contentType === 'image/png' ? 'PNG' : 'JPEG'} image.`,
    );
  }
  return { contentType, data, etag: createHash('sha256').update(data).digest('hex').slice(0, 32) };
}

/** Where the gateway serves a person's avatar; the etag in the query makes each image's URL unique. */
export function avatarUrl(userId: string, etag: string | null): string {
  return etag ? `/v1/users/${userId}/avatar?v=${etag}` : '';
}
