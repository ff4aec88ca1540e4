import { Link } from 'react-router';
import type { ConceptLink } from '../../domain/lessons/lesson';

/** The spec sections and playground pages a lesson cites: app paths as router links, specs as external links. */
export function ConceptLinks({ links }: { links: readonly ConceptLink[] }) {
  return (
    <ul className="concept-links small" aria-label="Read more">
      {links.map(({ label, href }) => (
        <li key={href}>
          {href.startsWith('/') ? <Link to={href}>{label}</Link> : <a href={href} target="_blank" rel="noreferrer">{label}</a>}
        </li>
      ))}
    </ul>
  );
}
