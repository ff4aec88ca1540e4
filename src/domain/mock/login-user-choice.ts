import { PREPARED_USERS, type PreparedUserName } from './prepared-users';
import { claimValue } from './profile-claims';
import type { UserProfile } from './user-profile';

/** Who can sign in on the mock's login page: the user composed in the mock settings, or a prepared one. */
export type LoginUserKey = 'composed' | PreparedUserName;

export interface LoginUser {
  readonly key: LoginUserKey;
  /** What the "Sign in as" choice calls this user. */
  readonly label: string;
  /** The `name` claim the mock would release for this user (OIDC Core §5.1); undefined when the profile has none. */
  readonly name: string | undefined;
  readonly email: string | undefined;
  /** The `sub` this user signs in with: the profile's uuid. */
  readonly sub: string;
  /** What a prepared user teaches; the composed user teaches what the person composed. */
  readonly lesson: string | undefined;
  readonly profile: UserProfile;
}

/** The users the login page offers, the composed one first: it is who signs in unless the person picks another. */
export function loginUsers(composed: UserProfile, composedLabel: (name: string | undefined) => string): readonly LoginUser[] {
  const name = nameOf(composed);
  return [
    describe('composed', composedLabel(name), composed, undefined),
    ...PREPARED_USERS.map((user) => describe(user.name, user.label, user.profile, user.lesson)),
  ];
}

function describe(key: LoginUserKey, label: string, profile: UserProfile, lesson: string | undefined): LoginUser {
  const email = profile.email;
  return {
    key,
    label,
    name: nameOf(profile),
    email: typeof email === 'string' && email !== '' ? email : undefined,
    sub: profile.uuid,
    lesson,
    profile,
  };
}

function nameOf(profile: UserProfile): string | undefined {
  const name = claimValue('name', profile);
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * How `login_hint` picked the user. OIDC Core §3.1.2.1 leaves its form open ("an email address or
 * phone number"); the mock reads an email or a `sub`.
 * https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
 */
export type HintSelection =
  | { readonly outcome: 'no-hint' }
  | { readonly outcome: 'selected'; readonly key: LoginUserKey; readonly by: 'email' | 'sub' }
  | { readonly outcome: 'no-match'; readonly hint: string };

export function selectByHint(hint: string | undefined, users: readonly LoginUser[]): HintSelection {
  const wanted = hint?.trim() ?? '';
  if (wanted === '') return { outcome: 'no-hint' };
  const bySub = users.find((user) => user.sub === wanted);
  if (bySub) return { outcome: 'selected', key: bySub.key, by: 'sub' };
  const byEmail = users.find((user) => sameEmail(user.email, wanted));
  if (byEmail) return { outcome: 'selected', key: byEmail.key, by: 'email' };
  return { outcome: 'no-match', hint: wanted };
}

/** What the typed email does: picks the user who has it (the current one first), or names no one. */
export type EmailSelection =
  | { readonly outcome: 'selected'; readonly key: LoginUserKey }
  | { readonly outcome: 'empty' }
  | { readonly outcome: 'no-match' };

export function selectByEmail(typed: string, users: readonly LoginUser[], current: LoginUserKey): EmailSelection {
  if (typed.trim() === '') return { outcome: 'empty' };
  const matching = users.filter((user) => sameEmail(user.email, typed));
  const chosen = matching.find((user) => user.key === current) ?? matching[0];
  return chosen ? { outcome: 'selected', key: chosen.key } : { outcome: 'no-match' };
}

/**
 * The domain part of an address is case-insensitive (RFC 5321 §2.4); providers match the whole
 * address without case, and so does the mock. https://www.rfc-editor.org/rfc/rfc5321#section-2.4
 */
function sameEmail(email: string | undefined, typed: string): boolean {
  return email !== undefined && email.toLowerCase() === typed.trim().toLowerCase();
}

export function findLoginUser(users: readonly LoginUser[], key: LoginUserKey): LoginUser {
  return users.find((user) => user.key === key) ?? users[0]!;
}

/** What the page says about login_hint beside the user it starts with. */
export type HintNote =
  | { readonly outcome: 'none' }
  | { readonly outcome: 'selected'; readonly by: 'email' | 'sub' }
  | { readonly outcome: 'no-match'; readonly hint: string }
  | { readonly outcome: 'cannot-switch'; readonly hint: string };

/**
 * The user the page starts with: the one login_hint names when the page may switch users, else the
 * composed one, with a note whenever the hint did not decide.
 */
export function initialLoginUser(hint: HintSelection, canSwitch: boolean, hintText: string | undefined): { key: LoginUserKey; note: HintNote } {
  if (hint.outcome === 'no-hint') return { key: 'composed', note: { outcome: 'none' } };
  if (hint.outcome === 'no-match') return { key: 'composed', note: { outcome: 'no-match', hint: hint.hint } };
  if (hint.key === 'composed') return { key: 'composed', note: { outcome: 'selected', by: hint.by } };
  if (!canSwitch) return { key: 'composed', note: { outcome: 'cannot-switch', hint: hintText?.trim() ?? '' } };
  return { key: hint.key, note: { outcome: 'selected', by: hint.by } };
}
