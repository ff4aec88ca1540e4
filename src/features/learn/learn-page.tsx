import { Link, useLocation, useSearchParams } from 'react-router';
import { ScreenHeading } from '../../components/screen-heading';
import { findLesson } from '../../domain/lessons/lessons';
import { ROUTES } from '../../domain/site/routes';
import { LessonView } from './lesson-view';
import { PathView } from './path-view';

/** `/learn`: the path of lessons, or one lesson when the URL names it (`/learn?lesson=<id>`). */
export function LearnPage() {
  const [params] = useSearchParams();
  const { key: visit } = useLocation();
  const id = params.get('lesson');
  if (id === null) return <PathView />;
  const lesson = findLesson(id);
  if (!lesson) {
    return (
      <section className="panel">
        <ScreenHeading title="No such lesson" />
        <p>There is no lesson named <code>{id}</code>. <Link to={ROUTES.learn}>See every lesson on the path</Link>.</p>
      </section>
    );
  }
  // Keyed by lesson: moving to the next lesson starts with fresh forms.
  // Each visit reads the lesson's grading afresh: a run launched from this page comes back to the
  // same URL without another screen drawn in between (the mock signs in from its login page's
  // loader), so the router keeps this page mounted unless the visit is part of the key.
  return <LessonView key={`${lesson.id}:${visit}`} lesson={lesson} />;
}
