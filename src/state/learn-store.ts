import { NO_PROGRESS, recordGrading, reviveProgress, type LessonProgress } from '../domain/lessons/lesson-progress';
import type { Answer, Grading } from '../domain/lessons/grade-predictions';
import type { StepName } from '../domain/lessons/lesson';
import { createExternalStore, readStored } from './external-store';

const PROGRESS_KEY = 'oidc-playground.learn-progress';
const PREDICTION_PREFIX = 'oidc-playground.learn-prediction.';

/** Progress along the Learn path (done, first try right): local storage, kept across visits. */
const progress = createExternalStore<LessonProgress>(
  readStored(() => reviveProgress(JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? '{}')), NO_PROGRESS),
  (next) => window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(next)),
);

export const useLessonProgress: () => LessonProgress = progress.use;

export function recordLessonGrading(lessonId: string, step: StepName, grading: Grading): void {
  progress.set(recordGrading(progress.get(), lessonId, step, grading));
}

export function resetLessonProgress(): void {
  progress.set(NO_PROGRESS);
}

/**
 * The answers a learner committed to before launching a step, kept for this tab until the run
 * comes back and is graded (the run leaves the page for the mock's login page and back). Keyed by
 * the run's state, so an older run never gets graded against newer answers.
 */
export interface CommittedPrediction {
  readonly lessonId: string;
  readonly step: StepName;
  readonly runId: string;
  readonly answers: readonly (Answer | undefined)[];
  /** Set once the run was graded, so a reload shows the grading without counting it twice. */
  readonly graded?: boolean;
}

export function commitPrediction(prediction: CommittedPrediction): void {
  window.sessionStorage.setItem(`${PREDICTION_PREFIX}${prediction.lessonId}.${prediction.step}`, JSON.stringify(prediction));
}

export function readCommittedPrediction(lessonId: string, step: StepName): CommittedPrediction | undefined {
  return readStored(() => {
    const value = JSON.parse(window.sessionStorage.getItem(`${PREDICTION_PREFIX}${lessonId}.${step}`) ?? 'null') as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { runId, answers, graded } = value as Record<string, unknown>;
    if (typeof runId !== 'string' || !Array.isArray(answers)) return undefined;
    return { lessonId, step, runId, answers: answers.map((a) => (typeof a === 'string' ? a : undefined)), graded: graded === true };
  }, undefined);
}
