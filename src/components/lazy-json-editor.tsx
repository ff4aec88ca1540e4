import { lazy, Suspense } from 'react';
import type { JsonEditorProps } from './json-editor';

const JsonEditor = lazy(() => import('./json-editor'));

/** The JSON editor, with a plain textarea that edits the same value until CodeMirror has loaded. */
export function LazyJsonEditor(props: JsonEditorProps) {
  const fallback = (
    <textarea
      className="json-editor-fallback"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      id={props.id}
      value={props.value}
      placeholder={props.placeholderText}
      onChange={(event) => props.onChange(event.target.value)}
      spellCheck={false}
      rows={6}
    />
  );
  return (
    <Suspense fallback={fallback}>
      <JsonEditor {...props} />
    </Suspense>
  );
}
