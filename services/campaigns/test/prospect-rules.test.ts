import fc from 'fast-check';
import { PHONE_PATTERN } from '@atrium/proto';
import {
  checkCustomValue,
  checkEmail,
  checkInstant,
  checkPhone,
  checkTags,
  checkText,
} from '../src/domain/prospect-fields';

// The prospect field rules of campaigns's domain (docs/campaigns.md "Prospects"), over generated input.

describe('a prospect email', () => {
  it('accepts every address of the usual shape, lower-cased, and checks the same again', () => {
    fc.assert(
      fc.property(fc.emailAddress({ size: 'small' }), (address) => {
        fc.pre(address.length <= 254 && /\.[a-z]{2,}$/i.test(address));
        const checked = checkEmail(address.toUpperCase());
        expect(checked).toEqual({ ok: true, value: address.toLowerCase() });
        expect(checkEmail(address.toLowerCase())).toEqual(checked);
      }),
    );
  });

  it('answers either a lower-cased address without spaces or a problem naming email, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const checked = checkEmail(raw);
        if (checked.ok) {
          expect(checked.value).toBe(checked.value.toLowerCase());
          expect(checked.value).not.toMatch(/\s/);
          expect(checked.value.length).toBeLessThanOrEqual(254);
        } else expect(checked.problem.field).toBe('email');
      }),
    );
  });

  it('refuses what no campaign can send to', () => {
    for (const raw of [
      '',
      'ada',
      'ada@',
      '@example.com',
      'ada@example',
      'ada@@example.com',
      'a b@example.com',
      'ada@-x.com',
      'ada@example.c0m',
    ])
      expect([raw, checkEmail(raw).ok]).toEqual([raw, false]);
  });
});

describe('a prospect phone number', () => {
  it('keeps only the platform shape with 3 to 40 characters and 3 digits, or nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.stringMatching(/^\+?[0-9 ()-]{0,45}$/)),
        (raw) => {
          const checked = checkPhone(raw);
          if (!checked.ok) return expect(checked.problem.field).toBe('phone');
          if (checked.value === '') return expect(raw.trim()).toBe('');
          expect(checked.value).toMatch(PHONE_PATTERN);
          expect(checked.value.length).toBeGreaterThanOrEqual(3);
          expect(checked.value.length).toBeLessThanOrEqual(40);
          expect(checked.value.replace(/[^0-9]/g, '').length).toBeGreaterThanOrEqual(3);
        },
      ),
    );
  });
});

describe('prospect texts, tags, custom values and times', () => {
  it('never let a control character or an over-long value through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const checked = checkText(raw, 'company');
        // eslint-disable-next-line no-control-regex
        if (checked.ok) expect(checked.value).not.toMatch(/[\u0000-\u001f\u007f]/);
        if (checked.ok) expect(checked.value.length).toBeLessThanOrEqual(120);
      }),
    );
  });

  it('keep tags once each, trimmed, and name the offending one', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 60 }), (raw) => {
        const checked = checkTags(raw);
        if (!checked.ok) return expect(checked.problem.field).toMatch(/^tags(\[\d+\])?$/);
        expect(new Set(checked.value).size).toBe(checked.value.length);
        expect(checked.value.every((tag) => tag === tag.trim() && tag.length >= 1 && tag.length <= 50)).toBe(
          true,
        );
      }),
    );
  });

  it('take numbers and real dates only for number and date fields', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (value) => {
        const text = value.toFixed(2);
        expect(checkCustomValue('number', text, 'customFields.score')).toEqual({ ok: true, value: text });
      }),
    );
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          expect(checkCustomValue('date', day, 'customFields.met_on')).toEqual({ ok: true, value: day });
          expect(checkInstant(date.toISOString(), 'contactedBefore')).toEqual({ ok: true, value: date });
        },
      ),
    );
    for (const raw of ['2026-02-30', '2026-13-01', '1e3', '0x10', '12,5', ' '])
      expect([raw, checkCustomValue(raw.includes('-') ? 'date' : 'number', raw, 'f').ok]).toEqual([
        raw,
        false,
      ]);
  });
});
