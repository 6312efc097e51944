import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Private signing keys are stored encrypted with AES-256-GCM under the
 * key-encryption key from the environment, so a database dump alone cannot
 * mint tokens. Format: base64(iv) . base64(tag) . base64(ciphertext).
 */
export class KeyEncryption {
  private readonly key: Buffer;

  constructor(kekBase64: string) {
    this.key = Buffer.from(kekBase64, 'base64');
    if (this.key.length !== 32) throw new Error('The key-encryption key must be 32 bytes');
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64')).join('.');
  }

  decrypt(sealed: string): string {
    const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64'));
    if (!iv || !tag || !ciphertext) throw new Error('Malformed encrypted key');
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  }
}
