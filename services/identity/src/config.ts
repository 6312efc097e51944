import { serviceVars, vars, z } from '@atrium/config';

/** Identity's environment; see docs/configuration.md. */
export const identityConfigShape = {
  ...serviceVars('identity', 50051),
  IDENTITY_KEK: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 random bytes, base64-encoded'),
  TENANCY_ADDR: vars.address('127.0.0.1:50052'),
  JWT_ISSUER: z.string().min(1).default('atrium'),
  JWT_AUDIENCE: z.string().min(1).default('atrium-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  // A switch token (an agency user inside one client account) has no refresh token; it lives this long.
  // At most 30 minutes: it cannot be refreshed, and a shorter life bounds a leaked one.
  SWITCH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(1800).default(1800),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  // How long a replica signs with the key it loaded before it looks for a rotated one.
  SIGNING_KEY_CACHE_MS: z.coerce.number().int().min(100).max(60_000).default(30_000),
};

export type IdentityConfig = z.infer<z.ZodObject<typeof identityConfigShape>>;
