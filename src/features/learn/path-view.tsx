import { Link } from 'react-router';
import { ScreenHeading } from '../../components/screen-heading';
import { lessonPath } from '../../domain/lessons/lesson-path';
import { LESSONS, lessonsByTrack } from '../../domain/lessons/lessons';
import { summarizeProgress, type LessonRecord } from '../../domain/lessons/lesson-progress';
import { resetLessonProgress, useLessonProgress } from '../../state/learn-store';

function statusOf(record: LessonRecord | undefined): string {
  if (!record) return 'not started';
  if (record.done) return record.firstTryRight ? 'done, right on the first try' : 'done';
  return record.firstTryRight ? 'right on the first try, change-one-thing step to go' : 'started';
}

/** The path: tracks of lessons in order, each with its progress, and a way to start again. */
export function PathView() {
  const progress = useLessonProgress();
  const summary = summarizeProgress(progress, LESSONS.map((lesson) => lesson.id));
  const upNext = LESSONS.find((lesson) => !progress[lesson.id]?.done);
  return (
    <div className="learn">
      <ScreenHeading title="Learn scopes and claims" />
      <p>
        Each lesson is predict → run → check: read a short concept, say what you expect the provider to return, run it on the
        built-in mock with one click, and see your prediction graded against that run’s own verdicts. Then change one thing and
        predict again. Nothing needs an account or a network.
      </p>
      <div className="row wrap learn-progress">
        <p role="status">
          {summary.done} of {summary.total} lessons done · {summary.firstTryRight} right on the first try
        </p>
        {(summary.done > 0 || Object.keys(progress).length > 0) && (
          <button type="button" className="link-button" onClick={resetLessonProgress}>Reset progress</button>
        )}
      </div>
      {upNext && (
        <p className="lesson-next">
          <Link to={lessonPath(upNext.id)}>{summary.done === 0 ? 'Start' : 'Continue'} with lesson {LESSONS.indexOf(upNext) + 1}: {upNext.title}</Link>
        </p>
      )}
      {lessonsByTrack().map(({ track, title, lessons }) => (
        <section key={track} className="panel learn-track" aria-labelledby={`track-${track}`}>
          <h2 id={`track-${track}`}>{title}</h2>
          <ol className="lesson-list">
            {lessons.map((lesson) => {
              const record = progress[lesson.id];
              return (
                <li key={lesson.id} value={LESSONS.indexOf(lesson) + 1} data-lesson={lesson.id}>
                  <Link to={lessonPath(lesson.id)}>{lesson.title}</Link>{' '}
                  <span className={`badge ${record?.done ? 'badge-granted' : 'badge-not-requested'}`}>
                    {statusOf(record)}
                  </span>
                  <span className="muted small lesson-goal"> {lesson.goal}</span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
