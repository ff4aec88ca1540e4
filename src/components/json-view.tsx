import type { TestId } from '../test-ids';
import { CopyButton } from './copy-button';

type TokenKind = 'key' | 'string' | 'number' | 'literal' | 'plain';

// Splits pretty-printed JSON into coloured runs. Every run is rendered as a text node: token
// content is never interpreted as HTML.
const TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;

function tokenize(text: string): Array<{ kind: TokenKind; text: string }> {
  const runs: Array<{ kind: TokenKind; text: string }> = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) runs.push({ kind: 'plain', text: text.slice(last, match.index) });
    if (match[1] !== undefined) {
      runs.push({ kind: match[2] ? 'key' : 'string', text: match[1] });
      if (match[2]) runs.push({ kind: 'plain', text: match[2] });
    } else if (match[3] !== undefined) runs.push({ kind: 'number', text: match[3] });
    else runs.push({ kind: 'literal', text: match[4] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'plain', text: text.slice(last) });
  return runs;
}

/** Pretty-printed, coloured JSON with a copy button. */
export function JsonView({ value, testId, label }: { value: unknown; testId?: TestId; label: string }) {
  const text = value === undefined ? '(nothing received)' : JSON.stringify(value, null, 2);
  return (
    <div className="json-block">
      <pre className="json-view" data-testid={testId} aria-label={label} tabIndex={0}>
        {tokenize(text).map((run, index) => (run.kind === 'plain' ? run.text : <span key={index} className={`json-${run.kind}`}>{run.text}</span>))}
      </pre>
      {value !== undefined && <CopyButton value={text} label={`Copy ${label}`} />}
    </div>
  );
}
