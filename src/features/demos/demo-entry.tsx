import { useState } from 'react';
import { CopyButton } from '../../components/copy-button';
import { demoProblemText } from '../../domain/messages';
import { deleteDemo, demoLink, renameDemo, type SavedDemo } from '../../domain/request/saved-demos';
import { ROUTES } from '../../domain/site/routes';
import { appUrl } from '../../lib/app-paths';
import { replaceComposition } from '../../state/composition-history-store';
import { setPresenterMode } from '../../state/preferences';
import { getSavedDemos, setSavedDemos } from '../../state/saved-demos-store';

/** One saved demo: open it (presenter mode), copy its link, rename or delete it. */
export function DemoEntry({ demo }: { demo: SavedDemo }) {
  const [renaming, setRenaming] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const open = () => {
    replaceComposition(demo.request, `demo “${demo.name}”`);
    if (demo.options.presenter) setPresenterMode(true);
  };
  const rename = () => {
    if (renaming === undefined) return;
    const result = renameDemo(getSavedDemos(), demo.id, renaming);
    if (result.outcome === 'refused') {
      setProblem(demoProblemText(result.problem));
      return;
    }
    setSavedDemos(result.demos);
    setRenaming(undefined);
    setProblem(undefined);
  };
  return (
    <li className="demo-entry">
      {renaming === undefined ? (
        <strong>{demo.name}</strong>
      ) : (
        <label className="field">
          New name for {demo.name}
          <input value={renaming} onChange={(e) => setRenaming(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && rename()} />
        </label>
      )}
      <div className="row wrap">
        {renaming === undefined ? (
          <>
            <button type="button" className="primary" onClick={open}>Open<span className="visually-hidden"> {demo.name}</span></button>
            <CopyButton value={demoLink(appUrl(ROUTES.compose), demo)} label={`Copy link to ${demo.name}`} text="Copy link" />
            <button type="button" onClick={() => setRenaming(demo.name)}>Rename<span className="visually-hidden"> {demo.name}</span></button>
            <button type="button" onClick={() => setSavedDemos(deleteDemo(getSavedDemos(), demo.id))}>Delete<span className="visually-hidden"> {demo.name}</span></button>
          </>
        ) : (
          <>
            <button type="button" className="primary" onClick={rename}>Save name</button>
            <button type="button" onClick={() => { setRenaming(undefined); setProblem(undefined); }}>Cancel</button>
          </>
        )}
      </div>
      {problem && <p role="alert" className="blocking">{problem}</p>}
    </li>
  );
}
