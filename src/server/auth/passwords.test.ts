import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from './passwords.js';

describe('weakPasswordReason', () => {
  it.each([
    ['short', /at least 10/],
    ['password123', /most common/],
    ['aaaaaaaaaaaa', /two different/],
    ['abababababab', /two different/],
    ['1234567890', /most common|sequences/],
    ['9876543210', /sequences/],
    ['poiuytrewqp', /sequences/],
  ])('refuses %s', (password, reason) => {
    expect(weakPasswordReason(password)).toMatch(reason);
  });

  it('refuses the person’s own e-mail or name', () => {
    expect(weakPasswordReason('marta.silva-2026!', { email: 'marta.silva@example.com' })).toMatch(/e-mail/);
    expect(weakPasswordReason('Ferreira#Lisbon9', { name: 'Joana Ferreira' })).toMatch(/name/);
  });

  it('accepts a long, unrelated passphrase', () => {
    expect(weakPasswordReason('harbour-lamp-violet-42', { email: 'joana@example.com', name: 'Joana Ferreira' })).toBeNull();
  });
});
