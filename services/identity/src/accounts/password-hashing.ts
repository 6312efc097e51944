import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): about 90 ms here.
 * docs/security.md states these; raising them upgrades hashes at next login.
 */
const ARGON2ID = 2;
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

let dummyHash: Promise<string> | undefined;

/** A hash to verify against when the email is unknown, so both failures take the same time. */
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('an unguessable dummy password that nobody has');
  return dummyHash.then((stored) => verify(stored, password));
}
