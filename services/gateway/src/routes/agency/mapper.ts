import type { tenancy } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { dateTime } from '../shared/fields';
import { orNull } from '../shared/contract';

export const AgencyAddressSchema = z
  .object({
    street: z.string().nullable(),
    city: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2.', example: 'GB' }),
  })
  .openapi('AgencyAddress');

export const AgencySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: dateTime,
    displayName: z.string().nullable().openapi({ description: 'null: show the agency name.' }),
    logoUrl: z.string().nullable(),
    primaryColor: z.string().nullable().openapi({ example: '#1a73e8' }),
    supportEmail: z.string().nullable(),
    loginSlug: z.string().nullable().openapi({ example: 'northwind' }),
    clientLoginUrl: z.string().openapi({
      description: "Where the agency's clients sign in; the app's own login page while there is no slug.",
    }),
    contactEmail: z.string().nullable().openapi({
      format: 'email',
      example: 'office@northwind.example',
      description:
        "Where the agency's own mail goes (its card's problems, a past-due fee); starts as the owner's sign-up email.",
    }),
    phone: z.string().nullable().openapi({ example: '+44 20 7946 0958' }),
    address: AgencyAddressSchema,
    currency: z.string().openapi({ description: 'ISO 4217; USD unless set.', example: 'EUR' }),
    timeZone: z
      .string()
      .openapi({ description: 'IANA time zone; UTC unless set.', example: 'Europe/Berlin' }),
  })
  .openapi('Agency');

export const PublicBrandingSchema = z
  .object({
    displayName: z
      .string()
      .openapi({ description: 'The display name, or the agency name when none is set.' }),
    logoUrl: z.string().nullable(),
    primaryColor: z.string().nullable(),
    supportEmail: z.string().nullable(),
    loginSlug: z.string(),
    clientLoginUrl: z.string(),
  })
  .openapi('PublicBranding');

export function agencyJsonOf(agency: tenancy.Agency__Output): z.input<typeof AgencySchema> {
  return {
    id: agency.id,
    name: agency.name,
    createdAt: agency.createdAt,
    displayName: orNull(agency.displayName),
    logoUrl: orNull(agency.logoUrl),
    primaryColor: orNull(agency.primaryColor),
    supportEmail: orNull(agency.supportEmail),
    loginSlug: orNull(agency.loginSlug),
    clientLoginUrl: agency.clientLoginUrl,
    contactEmail: orNull(agency.contactEmail),
    phone: orNull(agency.phone),
    address: {
      street: orNull(agency.address?.street ?? ''),
      city: orNull(agency.address?.city ?? ''),
      postalCode: orNull(agency.address?.postalCode ?? ''),
      country: orNull(agency.address?.country ?? ''),
    },
    currency: agency.currency,
    timeZone: agency.timeZone,
  };
}

export function publicBrandingJsonOf(
  branding: tenancy.PublicBranding__Output,
): z.input<typeof PublicBrandingSchema> {
  return {
    displayName: branding.displayName,
    logoUrl: orNull(branding.logoUrl),
    primaryColor: orNull(branding.primaryColor),
    supportEmail: orNull(branding.supportEmail),
    loginSlug: branding.loginSlug,
    clientLoginUrl: branding.clientLoginUrl,
  };
}
