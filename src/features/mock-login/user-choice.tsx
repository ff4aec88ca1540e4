import { useId } from 'react';
import type { LoginUser, LoginUserKey } from '../../domain/mock/login-user-choice';

/** "Sign in as": the user from the mock settings, or one of the prepared users. */
export function UserChoice({ users, value, onChange }: { users: readonly LoginUser[]; value: LoginUserKey; onChange: (key: LoginUserKey) => void }) {
  // A label beside, not around, the list: its name stays "Sign in as", not every option's text.
  const id = useId();
  return (
    <div className="user-choice">
      <label htmlFor={id}>Sign in as</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as LoginUserKey)}>
        {users.map((user) => (
          <option key={user.key} value={user.key}>
            {user.label}
          </option>
        ))}
      </select>
    </div>
  );
}
