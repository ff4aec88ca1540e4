import { PREPARED_USERS, type PreparedUserName } from '../../domain/mock/prepared-users';

/** "Sign in as": the user from the mock settings, or one of the prepared users. */
export function UserChoice({ value, onChange }: { value: PreparedUserName | ''; onChange: (name: PreparedUserName | '') => void }) {
  const chosen = PREPARED_USERS.find((user) => user.name === value);
  return (
    <label className="user-choice">
      Sign in as
      <select value={value} onChange={(e) => onChange(e.target.value as PreparedUserName | '')}>
        <option value="">The user in the mock settings</option>
        {PREPARED_USERS.map((user) => (
          <option key={user.name} value={user.name}>
            {user.label}
          </option>
        ))}
      </select>
      {chosen && <span className="muted small">{chosen.lesson}</span>}
    </label>
  );
}
