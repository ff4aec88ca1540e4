import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { HighlightStyle, bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';

export interface EditorDiagnostic {
  readonly offset: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface JsonEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly label: string;
  readonly placeholderText?: string;
  readonly diagnose?: (text: string) => readonly EditorDiagnostic[];
  readonly describedBy?: string;
  /** The id of the editable element, so a link can focus it. */
  readonly id?: string;
}

// The same colours as the JSON views, from CSS variables, so both themes keep their contrast.
const JSON_COLOURS = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--json-key)' },
  { tag: tags.string, color: 'var(--json-string)' },
  { tag: tags.number, color: 'var(--json-number)' },
  { tag: [tags.bool, tags.null], color: 'var(--json-literal)' },
]);

/** A CodeMirror 6 JSON editor. Loaded lazily: the compose screen paints before it arrives. */
export default function JsonEditor({ value, onChange, label, placeholderText, diagnose, describedBy, id }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, diagnose });
  useEffect(() => {
    latest.current = { onChange, diagnose };
  });

  useEffect(() => {
    const lint = linter((editor): Diagnostic[] => {
      const text = editor.state.doc.toString();
      return (latest.current.diagnose?.(text) ?? []).map((d) => {
        const from = Math.min(d.offset, text.length);
        return { from, to: Math.min(from + 1, text.length), severity: d.severity, message: d.message };
      });
    }, { delay: 150 });
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          json(),
          syntaxHighlighting(JSON_COLOURS),
          lint,
          lintGutter(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          placeholder(placeholderText ?? ''),
          // The built site's Content-Security-Policy admits only <style> elements with this nonce.
          ...(__STYLE_NONCE__ ? [EditorView.cspNonce.of(__STYLE_NONCE__)] : []),
          EditorView.contentAttributes.of({ 'aria-label': label, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(id ? { id } : {}) }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    let cancelled = false;
    // Measure once the fonts are in, even if the editor starts below the fold (see measureOffScreen).
    void document.fonts.ready.then(() => {
      if (!cancelled) measureOffScreen(created);
    });
    return () => {
      cancelled = true;
      created.destroy();
    };
    // The editor is created once; later value changes are pushed in by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div className="json-editor" ref={host} />;
}

/**
 * CodeMirror measures line heights only while the editor is in the window; one that starts off
 * screen keeps its 14 px guess per line for the gutter while the content draws 18 px lines, so the
 * line numbers drift (visible in a full-page capture, and as a jump on scrolling). CodeMirror's
 * own print handler measures the whole document by switching its viewport to "printing" for one
 * measure; this does the same, once, for an editor that starts out of the window.
 */
function measureOffScreen(view: EditorView): void {
  // view.inView starts true until the first measure, so ask the page where the editor is.
  const box = view.dom.getBoundingClientRect();
  if (box.bottom > 0 && box.top < window.innerHeight) return;
  const internals = view as unknown as { viewState?: { printing?: boolean }; measure?: () => void };
  const state = internals.viewState;
  if (!state || typeof state.printing !== 'boolean' || typeof internals.measure !== 'function') return view.requestMeasure();
  state.printing = true;
  internals.measure.call(view);
  state.printing = false;
}
