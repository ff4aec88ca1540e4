import { useState } from 'react';
import { useNavigate } from 'react-router';
import { composeLesson } from '../../domain/lessons/compose-lesson';
import { describeLessonSetup } from '../../domain/lessons/describe-lesson-setup';
import type { Lesson, StepName } from '../../domain/lessons/lesson';
import { getComposedRequest } from '../../state/composed-request-store';
import { replaceComposition } from '../../state/composition-history-store';
import { GradingReport } from './grading-report';
import { PredictionForm } from './prediction-form';
import type { StepGrading } from './use-step-grading';

/** One step of a lesson: what it runs, the prediction form, and once the run is back, its grading. */
export function StepSection({ lesson, step, title, graded }: { lesson: Lesson; step: StepName; title: string; graded: StepGrading | undefined }) {
  const navigate = useNavigate();
  const [again, setAgain] = useState(false);
  const { setup } = lesson[step];
  const headingId = `step-${step}`;
  const openInCompose = () => {
    replaceComposition(composeLesson(setup, getComposedRequest().mock), `the lesson “${lesson.title}”`);
    void navigate('/');
  };
  return (
    <section className="panel lesson-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {step === 'followUp' && <p>{lesson.followUp.change}</p>}
      <dl className="scenario-settings small" aria-label="What this step runs">
        {describeLessonSetup(setup).map(({ name, value }) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd><code>{value}</code></dd>
          </div>
        ))}
      </dl>
      <p className="small">
        <button type="button" className="link-button" onClick={openInCompose}>Open this composition in Compose</button> to change it and run it freely.
      </p>
      {graded && !again ? (
        <GradingReport grading={graded.grading} fresh={graded.fresh} onRetry={() => setAgain(true)} />
      ) : (
        <PredictionForm lesson={lesson} step={step} />
      )}
    </section>
  );
}
