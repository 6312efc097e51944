import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): about 50–90 ms here.
 * docs/security.md states these; raising them upgrades hashes at next login (needsRehash).
 */
const ARGON2ID = 2;
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;
const ARGON2_VERSION = 19;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/** True when a stored PHC string was made by another algorithm or weaker parameters than today's. */
export function needsRehash(passwordHash: string): boolean {
  const match = /^\$argon2id\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!match) return true;
  const [version, memory, passes, lanes] = match.slice(1).map(Number) as [number, number, number, number];
  return (
    version < ARGON2_VERSION ||
    memory < PASSWORD_HASH_OPTIONS.memoryCost ||
    passes < PASSWORD_HASH_OPTIONS.timeCost ||
    lanes < PASSWORD_HASH_OPTIONS.parallelism
  );
}

let dummyHash: Promise<string> | undefined;

/** A hash to verify against when the email is unknown, so both failures take the same time. */
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('an unguessable dummy password that nobody has');
  return dummyHash.then((stored) => verify(stored, password));
}
