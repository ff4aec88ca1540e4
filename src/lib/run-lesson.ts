import { composeLesson } from '../domain/lessons/compose-lesson';
import type { Lesson, StepName } from '../domain/lessons/lesson';
import type { Answer } from '../domain/lessons/grade-predictions';
import { getComposedRequest } from '../state/composed-request-store';
import { replaceComposition, saveComposition } from '../state/composition-history-store';
import { commitPrediction } from '../state/learn-store';
import { setAutologin } from './autologin';
import { ensureMockProvider } from './mock-provider';
import { startSignIn, type LaunchedSignIn } from './sign-in';

/**
 * Runs a lesson step on the mock: loads its composition (kept in History like a scenario's),
 * prepares the session it needs, commits the learner's answers for this run, and launches; the
 * mock login page signs in by itself, and the callback comes back to the lesson.
 */
export async function runLesson(lesson: Lesson, step: StepName, answers: readonly (Answer | undefined)[]): Promise<LaunchedSignIn> {
  const { setup } = lesson[step];
  const request = composeLesson(setup, getComposedRequest().mock);
  replaceComposition(request, `the lesson “${lesson.title}”`);
  saveComposition(request, 'launched');
  const provider = await ensureMockProvider();
  provider.configure(request.mock);
  if (setup.session === 'none') provider.clearSession();
  if (setup.session === 'signed-in') provider.startSession();
  setAutologin('once');
  const launched = await startSignIn(request, { lesson: { id: lesson.id, step } });
  commitPrediction({ lessonId: lesson.id, step, runId: launched.runId ?? new URL(launched.url).searchParams.get('state') ?? '', answers });
  return launched;
}
