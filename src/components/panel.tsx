import { useState, type ReactNode } from 'react';

/** A titled, collapsible section of a screen. */
export function Panel({ title, children, actions, id }: { title: string; children: ReactNode; actions?: ReactNode; id?: string }) {
  const [open, setOpen] = useState(true);
  const headingId = id ? `${id}-heading` : undefined;
  const bodyId = id ? `${id}-body` : undefined;
  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <div className="panel-head">
        <h2 id={headingId}>{title}</h2>
        <div className="row">
          {open && actions}
          <button type="button" className="panel-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
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
