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
      // As many lines as CodeMirror will draw for this text, so its arrival moves nothing below it.
      rows={Math.max(1, props.value.split('\n').length)}
    />
  );
  return (
    <Suspense fallback={fallback}>
      <JsonEditor {...props} />
    </Suspense>
  );
}
