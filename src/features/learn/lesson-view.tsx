import { Link } from 'react-router';
import { ScreenHeading } from '../../components/screen-heading';
import { TRACKS, type Lesson } from '../../domain/lessons/lesson';
import { lessonPath } from '../../domain/lessons/lesson-path';
import { LESSONS, nextLesson } from '../../domain/lessons/lessons';
import { findScenario } from '../../domain/scenarios/scenarios';
import { ROUTES } from '../../domain/site/routes';
import { useLessonProgress } from '../../state/learn-store';
import { ConceptLinks } from './concept-links';
import { StepSection } from './step-section';
import { useStepGrading } from './use-step-grading';

/** One lesson: goal, concept, the predict → run → check step, then "now change one thing", then the next lesson. */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const record = useLessonProgress()[lesson.id];
  const first = useStepGrading(lesson, 'first');
  const followUp = useStepGrading(lesson, 'followUp');
  const next = nextLesson(lesson.id);
  const scenarios = lesson.scenarios.flatMap((id) => findScenario(id) ?? []);
  return (
    <article className="learn lesson">
      <p className="muted small">
        <Link to={ROUTES.learn}>Learn</Link> › {TRACKS[lesson.track]} · lesson {LESSONS.indexOf(lesson) + 1} of {LESSONS.length}
        {record?.done ? ' · done' : ''}
      </p>
      <ScreenHeading title={lesson.title} />
      <p className="lesson-goal"><strong>Goal:</strong> {lesson.goal}</p>
      <section className="panel lesson-concept" aria-label="Concept">
        {lesson.concept.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
        <ConceptLinks links={lesson.links} />
        {scenarios.length > 0 && (
          <p className="small">
            Builds on {scenarios.length === 1 ? 'the scenario' : 'the scenarios'}{' '}
            {scenarios.map((scenario, index) => (
              <span key={scenario.id}>
                {index > 0 && ', '}
                <Link to={`${ROUTES.scenarios}#scenario-${scenario.id}`}>{scenario.title}</Link>
              </span>
            ))}
            , there to explore freely.
          </p>
        )}
      </section>
      <StepSection lesson={lesson} step="first" title="Predict, then run" graded={first} />
      {first && <StepSection lesson={lesson} step="followUp" title="Now change one thing" graded={followUp} />}
      {followUp && (
        <p className="lesson-next">
          {next ? <Link to={lessonPath(next.id)}>Next lesson: {next.title}</Link> : <>That was the last lesson. <Link to={ROUTES.learn}>Back to the path</Link></>}
        </p>
      )}
    </article>
  );
}
