import { describe, expect, it } from 'vitest';
import { findLoginUser, initialLoginUser, loginUsers, selectByEmail, selectByHint } from './login-user-choice';
import { SEED_USER } from './user-profile';

const composed = { ...SEED_USER, uuid: 'composed-sub', givenName: 'Ada', middleName: undefined, familyName: 'Byron', email: 'ada@example.org' };
const users = loginUsers(composed, (name) => `${name ?? 'someone'} (composed)`);

describe('loginUsers', () => {
  it('lists the composed user first, then every prepared user, each with the name and email it signs in with', () => {
    expect(users.map((user) => user.key)).toEqual(['composed', 'full', 'minimal', 'unverified-email', 'custom-attributes']);
    expect(users[0]).toMatchObject({ label: 'Ada Byron (composed)', name: 'Ada Byron', email: 'ada@example.org', sub: 'composed-sub', lesson: undefined });
    expect(findLoginUser(users, 'minimal')).toMatchObject({ name: 'Mina Lee', email: undefined });
  });
});

describe('selectByHint', () => {
  it('selects a user by sub', () => {
    const minimal = findLoginUser(users, 'minimal');
    expect(selectByHint(minimal.sub, users)).toEqual({ outcome: 'selected', key: 'minimal', by: 'sub' });
  });

  it('selects a user by email, whatever its case', () => {
    expect(selectByHint(' UGO.Verdi@mail.com ', users)).toEqual({ outcome: 'selected', key: 'unverified-email', by: 'email' });
  });

  it('prefers the composed user when a prepared user shares its email', () => {
    const seedLike = loginUsers(SEED_USER, () => 'composed');
    expect(selectByHint('karim.nafir@mail.com', seedLike)).toEqual({ outcome: 'selected', key: 'composed', by: 'email' });
  });

  it('says when the hint names no user, and when there is none', () => {
    expect(selectByHint('nobody@example.org', users)).toEqual({ outcome: 'no-match', hint: 'nobody@example.org' });
    expect(selectByHint(undefined, users)).toEqual({ outcome: 'no-hint' });
    expect(selectByHint('  ', users)).toEqual({ outcome: 'no-hint' });
  });
});

describe('selectByEmail', () => {
  it('selects the user with the typed email', () => {
    expect(selectByEmail('chloe.adams@bizcorp.example', users, 'composed')).toEqual({ outcome: 'selected', key: 'custom-attributes' });
  });

  it('keeps the current user when several share the email', () => {
    const seedLike = loginUsers(SEED_USER, () => 'composed');
    expect(selectByEmail('karim.nafir@mail.com', seedLike, 'full')).toEqual({ outcome: 'selected', key: 'full' });
    expect(selectByEmail('karim.nafir@mail.com', seedLike, 'minimal')).toEqual({ outcome: 'selected', key: 'composed' });
  });

  it('names no one for an unknown address, and nothing for an empty field', () => {
    expect(selectByEmail('someone@else.example', users, 'composed')).toEqual({ outcome: 'no-match' });
    expect(selectByEmail('', users, 'composed')).toEqual({ outcome: 'empty' });
  });
});

describe('initialLoginUser', () => {
  it('starts with the user login_hint names when the page may switch users', () => {
    expect(initialLoginUser({ outcome: 'selected', key: 'minimal', by: 'sub' }, true, 'x')).toEqual({ key: 'minimal', note: { outcome: 'selected', by: 'sub' } });
  });

  it('keeps the composed user, and says so, when the hint names no one or the page cannot switch', () => {
    expect(initialLoginUser({ outcome: 'no-match', hint: 'x@y' }, true, 'x@y')).toEqual({ key: 'composed', note: { outcome: 'no-match', hint: 'x@y' } });
    expect(initialLoginUser({ outcome: 'selected', key: 'minimal', by: 'email' }, false, ' m@x ')).toEqual({ key: 'composed', note: { outcome: 'cannot-switch', hint: 'm@x' } });
    expect(initialLoginUser({ outcome: 'selected', key: 'composed', by: 'email' }, false, 'a')).toEqual({ key: 'composed', note: { outcome: 'selected', by: 'email' } });
    expect(initialLoginUser({ outcome: 'no-hint' }, true, undefined)).toEqual({ key: 'composed', note: { outcome: 'none' } });
  });
});
