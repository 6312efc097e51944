import { DomainError } from '@atrium/errors';
import { needsRehash } from '../src/accounts/password-hashing';
import { checkNewApiKey } from '../src/domain/api-key-permissions';
import { avatarUrl, checkAvatar } from '../src/domain/avatar';
import { checkNewPassword } from '../src/domain/credentials';
import { checkProfileChanges } from '../src/domain/profile';

function failure(run: () => unknown): { code: string; fields: string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError)
      return { code: error.code, fields: (error.fields ?? []).map((f) => f.field) };
    throw error;
  }
  return { code: 'none', fields: [] };
}

describe('new passwords', () => {
  it.each(['password1234', 'qwertyuiop', 'aaaaaaaaaaaa', 'iloveyou123', 'abcdefghij1'])(
    'refuse %p',
    (password) => {
      expect(failure(() => checkNewPassword(password, 'newPassword'))).toEqual({
        code: 'validation_failed',
        fields: ['newPassword'],
      });
    },
  );

  it.each(['correct horse battery staple', 'Lantern-Harbour-42', 'Tr0ub4dor&3x-plus'])(
    'accept %p',
    (password) => {
      expect(failure(() => checkNewPassword(password, 'password'))).toEqual({ code: 'none', fields: [] });
    },
  );

  it('refuse fewer than 10 characters however random', () => {
    expect(failure(() => checkNewPassword('x9#Qv!2z', 'password')).fields).toEqual(['password']);
  });

  it('refuse a password made of the person’s own email or name', () => {
    const personal = ['grace.hopper@navy.test', 'Grace Hopper'];
    expect(failure(() => checkNewPassword('grace.hopper@navy.test', 'password', personal)).fields).toEqual([
      'password',
    ]);
  });
});

describe('password hashes', () => {
  it('are upgraded when made with weaker parameters or another algorithm', () => {
    const salt = 'c29tZXNhbHQ$aGFzaA';
    expect(needsRehash(`$argon2id$v=19$m=19456,t=2,p=1$${salt}`)).toBe(false);
    expect(needsRehash(`$argon2id$v=19$m=65536,t=3,p=4$${salt}`)).toBe(false);
    expect(needsRehash(`$argon2id$v=19$m=4096,t=2,p=1$${salt}`)).toBe(true);
    expect(needsRehash(`$argon2id$v=19$m=19456,t=1,p=1$${salt}`)).toBe(true);
    expect(needsRehash(`$argon2id$v=16$m=19456,t=2,p=1$${salt}`)).toBe(true);
    expect(needsRehash(`$argon2i$v=19$m=19456,t=2,p=1$${salt}`)).toBe(true);
    expect(needsRehash('$2b$12$somebcrypthash')).toBe(true);
  });
});

describe('avatars', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

  it('accept a declared type with parameters and any case', () => {
    expect(checkAvatar('Image/PNG; charset=binary', png).contentType).toBe('image/png');
  });

  it('refuse a bare signature with no image after it', () => {
    expect(failure(() => checkAvatar('image/jpeg', Buffer.from([0xff, 0xd8, 0xff]))).code).toBe(
      'invalid_image',
    );
  });

  it('have a URL only when there is one', () => {
    expect(avatarUrl('u1', 'abc')).toBe('/v1/users/u1/avatar?v=abc');
    expect(avatarUrl('u1', null)).toBe('');
  });
});

describe('profile changes', () => {
  it('accept the phone formats people write', () => {
    for (const phone of ['+44 20 7946 0958', '(555) 010-2030', '0612345678', '']) {
      expect(checkProfileChanges({ phone }).phone).toBe(phone);
    }
  });

  it('refuse letters and over-long numbers', () => {
    for (const phone of ['call me', '+1 555 CALL NOW', '1'.repeat(22), '+1234']) {
      expect(failure(() => checkProfileChanges({ phone })).fields).toEqual(['phone']);
    }
  });
});

describe('new API keys', () => {
  const catalogue = ['clients:create', 'billing:read', 'billing:manage'];

  it('may hold only permissions of the catalogue', () => {
    expect(
      failure(() => checkNewApiKey({ name: 'Sync', permissions: ['everything'] }, catalogue, catalogue)),
    ).toEqual({
      code: 'validation_failed',
      fields: ['permissions'],
    });
  });

  it('may hold only permissions the creator holds', () => {
    const held = ['billing:read', 'billing:manage'];
    expect(
      failure(() => checkNewApiKey({ name: 'Sync', permissions: ['clients:create'] }, held, catalogue)),
    ).toEqual({
      code: 'validation_failed',
      fields: ['permissions'],
    });
    expect(
      checkNewApiKey({ name: 'Sync', permissions: ['billing:read', 'billing:read'] }, held, catalogue)
        .permissions,
    ).toEqual(['billing:read']);
  });
});
