import { Link } from 'react-router';
import { ScreenHeading } from '../components/screen-heading';

export function NotFound() {
  return (
    <section className="panel">
      <ScreenHeading title="Page not found" />
      <p>
        Nothing lives at this address. <Link to="/">Back to composing a request</Link>.
      </p>
    </section>
  );
}
