import { useEffect, useState } from 'react';
import { gradePredictions, type Grading } from '../../domain/lessons/grade-predictions';
import type { Lesson, StepName } from '../../domain/lessons/lesson';
import { observeRun } from '../../domain/lessons/observe-run';
import { loadLastRun, loadRunHistory } from '../../lib/run-store';
import { commitPrediction, readCommittedPrediction, recordLessonGrading } from '../../state/learn-store';

export interface StepGrading {
  readonly grading: Grading;
  /** Graded on this visit: the run just came back (the page announces it and moves focus there). */
  readonly fresh: boolean;
}

/**
 * The grading of a lesson step, when its run is back: the answers the learner committed before
 * launching, graded against that very run (found by its state in this tab's runs). The first time
 * a run is graded it counts toward progress; a reload shows it again without counting it twice.
 */
export function useStepGrading(lesson: Lesson, step: StepName): StepGrading | undefined {
  const [result] = useState(() => {
    const committed = readCommittedPrediction(lesson.id, step);
    if (!committed) return undefined;
    const run = [loadLastRun(), ...loadRunHistory()].find((candidate) => candidate?.id === committed.runId);
    if (!run || run.lesson?.id !== lesson.id || run.lesson.step !== step) return undefined;
    return { committed, grading: gradePredictions(lesson[step].predictions, committed.answers, observeRun(run)) };
  });
  useEffect(() => {
    if (!result || result.committed.graded) return;
    // Read again: React StrictMode runs this twice, and the second run must not count it again.
    if (readCommittedPrediction(lesson.id, step)?.graded) return;
    commitPrediction({ ...result.committed, graded: true });
    recordLessonGrading(lesson.id, step, result.grading);
  }, [lesson.id, step, result]);
  return result && { grading: result.grading, fresh: result.committed.graded !== true };
}
