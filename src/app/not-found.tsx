import { Link } from 'react-router';

export function NotFound() {
  return (
    <section className="panel">
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link to="/">Back to composing a request</Link>.
      </p>
    </section>
  );
}
