import type { StepName } from './lesson';
import type { Grading } from './grade-predictions';

/** A learner's record of one lesson. */
export interface LessonRecord {
  /** Graded runs of the first step, right or wrong. */
  readonly attempts: number;
  /** The very first graded run of the first step had every prediction right. */
  readonly firstTryRight: boolean;
  /** Both steps, the lesson's run and its "change one thing", were graded. */
  readonly done: boolean;
  readonly followUpGraded: boolean;
}

/** Progress along the path, by lesson id. Kept in local storage; holds no token and no answer key. */
export type LessonProgress = Readonly<Record<string, LessonRecord>>;

export const NO_PROGRESS: LessonProgress = {};

const FRESH: LessonRecord = { attempts: 0, firstTryRight: false, done: false, followUpGraded: false };

/** The progress after a step of a lesson was graded. */
export function recordGrading(progress: LessonProgress, lessonId: string, step: StepName, grading: Grading): LessonProgress {
  const before = progress[lessonId] ?? FRESH;
  const after: LessonRecord =
    step === 'first'
      ? {
          ...before,
          attempts: before.attempts + 1,
          // Only the first attempt counts: a second try after seeing the answer is not a first try.
          firstTryRight: before.attempts === 0 ? grading.outcome === 'all-right' : before.firstTryRight,
          done: before.done || before.followUpGraded,
        }
      : { ...before, followUpGraded: true, done: before.attempts > 0 };
  return { ...progress, [lessonId]: after };
}

/** Progress read back from storage: anything that is not a well-formed record is dropped. */
export function reviveProgress(value: unknown): LessonProgress {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NO_PROGRESS;
  const kept: Record<string, LessonRecord> = {};
  for (const [id, record] of Object.entries(value as Record<string, unknown>)) {
    if (typeof record !== 'object' || record === null) continue;
    const { attempts, firstTryRight, done, followUpGraded } = record as Record<string, unknown>;
    if (typeof attempts !== 'number' || !Number.isInteger(attempts) || attempts < 0) continue;
    kept[id] = { attempts, firstTryRight: firstTryRight === true, done: done === true, followUpGraded: followUpGraded === true };
  }
  return kept;
}

/** Counts for the path's heading. */
export function summarizeProgress(progress: LessonProgress, lessonIds: readonly string[]): { done: number; firstTryRight: number; total: number } {
  const records = lessonIds.map((id) => progress[id]);
  return {
    done: records.filter((r) => r?.done).length,
    firstTryRight: records.filter((r) => r?.firstTryRight).length,
    total: lessonIds.length,
  };
}
