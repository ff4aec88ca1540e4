import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradePredictions, answersOf } from '../src/domain/lessons/grade-predictions';
import { LESSONS } from '../src/domain/lessons/lessons';
import { observeRun } from '../src/domain/lessons/observe-run';
import { gradedPredictionText } from '../src/domain/messages/lesson-messages';
import { SCENARIOS } from '../src/domain/scenarios/scenarios';
import { ANSWERS } from './lesson-answers';
import { runLessonStep } from './lesson-run';


describe('the Learn path', () => {
  it('has a file in src/domain/lessons/path for each lesson, in order, and a row of answers for each', () => {
    const files = readdirSync(new URL('../src/domain/lessons/path/', import.meta.url)).filter((name) => name.endsWith('.ts')).sort();
    expect(LESSONS.map((lesson) => `${lesson.id}.ts`)).toEqual(files);
    expect(Object.keys(ANSWERS).sort()).toEqual(LESSONS.map((lesson) => lesson.id));
  });

  it('links only scenarios that exist, and cites at least one spec section or page per lesson', () => {
    const scenarioIds = new Set(SCENARIOS.map((s) => s.id));
    for (const lesson of LESSONS) {
      for (const id of lesson.scenarios) expect(scenarioIds.has(id), `${lesson.id} → ${id}`).toBe(true);
      expect(lesson.links.length, lesson.id).toBeGreaterThan(0);
      expect(lesson.concept.join(' ').length, `${lesson.id} concept fits one screen`).toBeLessThan(900);
    }
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      for (const step of ['first', 'followUp'] as const) {
        it(`${step}: the run on the mock answers as the lesson's case says`, async () => {
          const { predictions, setup } = lesson[step];
          const answers = ANSWERS[lesson.id]![step];
          expect(answers).toHaveLength(predictions.length);
          predictions.forEach((prediction, index) => expect(answersOf(prediction)).toContain(answers[index]));

          const observation = observeRun(await runLessonStep(setup));
          const graded = gradePredictions(predictions, answers, observation);

          expect(graded.results.map((r) => r.truth)).toEqual(answers);
          expect(graded.outcome).toBe('all-right');
        });

        it(`${step}: a wrong prediction gets one sentence that names what it was about`, async () => {
          const { predictions, setup } = lesson[step];
          const right = ANSWERS[lesson.id]![step];
          const wrong = right.map((answer, index) => answersOf(predictions[index]!).find((other) => other !== answer)!);
          const graded = gradePredictions(predictions, wrong, observeRun(await runLessonStep(setup)));

          expect(graded.outcome).toBe('some-wrong');
          graded.results.forEach((result) => {
            const text = gradedPredictionText(result);
            expect(text).toMatch(/^You predicted /);
            const subject = result.prediction.kind === 'claim' ? result.prediction.claim : result.prediction.kind === 'scope' ? result.prediction.scope : '';
            expect(text).toContain(subject);
          });
        });
      }
    });
  }
});
