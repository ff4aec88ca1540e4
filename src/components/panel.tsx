import { useState, type ReactNode } from 'react';
import { setPanelOpen, usePanelOpen } from './panel-state';

/** A titled, collapsible section of a screen. With an id, other parts of the screen can open it. */
export function Panel({ title, children, actions, id }: { title: string; children: ReactNode; actions?: ReactNode; id?: string }) {
  const [localOpen, setLocalOpen] = useState(true);
  const sharedOpen = usePanelOpen(id);
  const open = id ? sharedOpen : localOpen;
  const toggle = () => (id ? setPanelOpen(id, !open) : setLocalOpen(!open));
  const headingId = id ? `${id}-heading` : undefined;
  const bodyId = id ? `${id}-body` : undefined;
  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <div className="panel-head">
        <h2 id={headingId}>{title}</h2>
        <div className="row">
          {open && actions}
          <button type="button" className="panel-toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
            {open ? 'Collapse' : 'Expand'}<span className="visually-hidden"> {title}</span>
          </button>
        </div>
      </div>
      <div id={bodyId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
