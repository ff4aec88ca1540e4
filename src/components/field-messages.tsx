import type { RequestField, RequestProblem } from '../domain/check-composed-request';

/** The problems of one field, shown where it was typed. */
export function FieldMessages({ problems, field, id }: { problems: readonly RequestProblem[]; field: RequestField; id?: string }) {
  const mine = problems.filter((p) => p.field === field);
  if (mine.length === 0) return null;
  return (
    <ul className="field-messages" id={id} aria-live="polite">
      {mine.map((problem) => (
        <li key={problem.message} className={problem.severity} role={problem.severity === 'blocking' ? 'alert' : undefined}>
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
