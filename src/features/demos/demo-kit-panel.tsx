import { useState, type FormEvent } from 'react';
import { Panel } from '../../components/panel';
import { DEMO_KIT_HINT, demoProblemText } from '../../domain/messages';
import { saveDemo, type SavedDemo } from '../../domain/request/saved-demos';
import type { ComposedRequest } from '../../domain/request/composed-request';
import { getSavedDemos, setSavedDemos, useSavedDemos } from '../../state/saved-demos-store';
import { TEST_IDS } from '../../test-ids';
import { DemoEntry } from './demo-entry';

/** The demo kit: save the composition as a named demo, then list, rename, delete and open them. */
export function DemoKitPanel({ request }: { request: ComposedRequest }) {
  const demos = useSavedDemos();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const demo: SavedDemo = { id: crypto.randomUUID(), name, savedAt: new Date().toISOString(), request, options: { presenter: true } };
    const result = saveDemo(getSavedDemos(), demo);
    if (result.outcome === 'refused') {
      setMessage({ kind: 'error', text: demoProblemText(result.problem) });
      return;
    }
    setSavedDemos(result.demos);
    setMessage({ kind: 'ok', text: `Saved “${name.trim()}”.` });
    setName('');
  };

  return (
    <Panel title="Demo kit" id="demo-kit">
      <p className="muted small">{DEMO_KIT_HINT}</p>
      <form className="row wrap" onSubmit={save}>
        <label className="field grow">
          Demo name
          <input value={name} onChange={(e) => setName(e.target.value)} aria-describedby="demo-kit-message" />
        </label>
        <button type="submit">Save as demo</button>
      </form>
      <p id="demo-kit-message" role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'blocking' : 'muted small'}>
        {message?.text}
      </p>
      {demos.length > 0 && (
        <ul className="demo-list" aria-label="Saved demos" data-testid={TEST_IDS.savedDemos}>
          {demos.map((demo) => <DemoEntry key={demo.id} demo={demo} />)}
        </ul>
      )}
    </Panel>
  );
}
