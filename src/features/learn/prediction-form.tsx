import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { answersOf, type Answer } from '../../domain/lessons/grade-predictions';
import type { Lesson, StepName } from '../../domain/lessons/lesson';
import { lessonAnswerText, lessonQuestionText } from '../../domain/messages/lesson-messages';
import { goTo } from '../../lib/navigation';

/**
 * The learner's prediction, as a form: one group of choices per question. Every question needs an
 * answer before the run: a missing one is said under it, and focus goes there.
 */
export function PredictionForm({ lesson, step }: { lesson: Lesson; step: StepName }) {
  const navigate = useNavigate();
  const { predictions } = lesson[step];
  const [answers, setAnswers] = useState<Array<Answer | undefined>>(() => predictions.map(() => undefined));
  const [missing, setMissing] = useState<readonly number[]>([]);
  const form = useRef<HTMLFormElement>(null);
  const run = useMutation({
    mutationFn: async () => {
      const launched = await (await import('../../lib/run-lesson')).runLesson(lesson, step, answers);
      goTo(launched.url, navigate);
    },
  });
  const choose = (index: number, answer: Answer) => {
    setAnswers((current) => current.map((a, i) => (i === index ? answer : a)));
    setMissing((current) => current.filter((i) => i !== index));
  };
  const submit = () => {
    const unanswered = answers.flatMap((a, i) => (a === undefined ? [i] : []));
    setMissing(unanswered);
    if (unanswered.length > 0) {
      form.current?.querySelector<HTMLInputElement>(`input[name="${step}-${unanswered[0]}"]`)?.focus();
      return;
    }
    run.mutate();
  };
  return (
    <form
      ref={form}
      className="prediction-form"
      aria-label={step === 'first' ? 'Your prediction' : 'Your prediction after the change'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {predictions.map((prediction, index) => {
        const name = `${step}-${index}`;
        const isMissing = missing.includes(index);
        return (
          <fieldset key={name} className="prediction" aria-describedby={isMissing ? `${name}-missing` : undefined} aria-invalid={isMissing || undefined}>
            <legend>{lessonQuestionText(prediction)}</legend>
            <div className="choice-row">
              {answersOf(prediction).map((answer) => (
                <label key={answer} className="check-line">
                  <input type="radio" name={name} value={answer} checked={answers[index] === answer} onChange={() => choose(index, answer)} />
                  {lessonAnswerText(prediction, answer)}
                </label>
              ))}
            </div>
            {isMissing && <p id={`${name}-missing`} className="field-messages blocking">Choose an answer before running.</p>}
          </fieldset>
        );
      })}
      <button type="submit" className="primary" disabled={run.isPending}>
        {run.isPending ? 'Starting…' : 'Run on the mock and grade'}
      </button>
      {run.isError && <p role="alert" className="blocking">Could not start: {String(run.error)}</p>}
    </form>
  );
}
