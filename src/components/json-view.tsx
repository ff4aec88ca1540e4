/**
 * Pretty-printed JSON as text. Token content is always rendered as a text node, never as HTML.
 */
export function JsonView({ value, testId, label }: { value: unknown; testId?: string; label: string }) {
  return (
    <pre className="json-view" data-testid={testId} aria-label={label} tabIndex={0}>
      {value === undefined ? '(nothing received)' : JSON.stringify(value, null, 2)}
    </pre>
  );
}
