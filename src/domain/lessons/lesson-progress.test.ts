import { describe, expect, it } from 'vitest';
import type { Grading } from './grade-predictions';
import { NO_PROGRESS, recordGrading, reviveProgress, summarizeProgress } from './lesson-progress';

const right: Grading = { outcome: 'all-right', results: [] };
const wrong: Grading = { outcome: 'some-wrong', results: [], wrong: 1 };

describe('lesson progress', () => {
  it('counts a first try right only on the very first graded run of the first step', () => {
    const once = recordGrading(NO_PROGRESS, 'a', 'first', wrong);
    const twice = recordGrading(once, 'a', 'first', right);
    expect(twice.a).toEqual({ attempts: 2, firstTryRight: false, done: false, followUpGraded: false });
    expect(recordGrading(NO_PROGRESS, 'a', 'first', right).a?.firstTryRight).toBe(true);
  });

  it('marks a lesson done once both its steps were graded', () => {
    const first = recordGrading(NO_PROGRESS, 'a', 'first', right);
    expect(first.a?.done).toBe(false);
    expect(recordGrading(first, 'a', 'followUp', wrong).a?.done).toBe(true);
  });

  it('reads back only well-formed records from storage', () => {
    expect(reviveProgress({ a: { attempts: 1, firstTryRight: true, done: true }, b: { attempts: -1 }, c: 'x' })).toEqual({
      a: { attempts: 1, firstTryRight: true, done: true, followUpGraded: false },
    });
    expect(reviveProgress(null)).toEqual(NO_PROGRESS);
    expect(reviveProgress([1])).toEqual(NO_PROGRESS);
  });

  it('summarizes over the lessons of the path only', () => {
    const progress = { a: { attempts: 1, firstTryRight: true, done: true, followUpGraded: true }, gone: { attempts: 1, firstTryRight: true, done: true, followUpGraded: true } };
    expect(summarizeProgress(progress, ['a', 'b'])).toEqual({ done: 1, firstTryRight: 1, total: 2 });
  });
});
