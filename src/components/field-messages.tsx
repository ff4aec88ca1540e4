import type { RequestField, RequestProblem } from '../domain/request/check-composed-request';

/** The problems of one field, shown where it was typed. A field still waiting for input gets a hint, not an error. */
export function FieldMessages({ problems, field, id }: { problems: readonly RequestProblem[]; field: RequestField; id?: string }) {
  const mine = problems.filter((p) => p.field === field);
  if (mine.length === 0) return null;
  return (
    <ul className="field-messages" id={id} aria-live="polite">
      {mine.map((problem) => (
        <li
          key={problem.message}
          className={problem.awaitingInput ? 'hint' : problem.severity}
          role={problem.severity === 'blocking' && !problem.awaitingInput ? 'alert' : undefined}
        >
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

