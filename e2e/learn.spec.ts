import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ANSWERS } from '../mocks/lesson-answers';
import { LESSONS } from '../src/domain/lessons/lessons';
import { answersOf } from '../src/domain/lessons/grade-predictions';
import { lessonAnswerText } from '../src/domain/messages/lesson-messages';
import { test, expect, byTestId, TEST_IDS } from './fixtures';

/** Presses Tab until the element has the focus, as a keyboard user would; fails after 80 stops. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let stop = 0; stop < 80; stop += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Answers a step's form by keyboard: Tab into each group, Space picks its first choice, arrows move to the one wanted. */
async function predictByKeyboard(page: Page, form: Locator, lessonId: string, answers: readonly string[]): Promise<void> {
  const lesson = LESSONS.find((l) => l.id === lessonId)!;
  const step = (await form.getAttribute('aria-label')) === 'Your prediction' ? 'first' : 'followUp';
  const groups = form.getByRole('group');
  for (const [index, answer] of answers.entries()) {
    const choices = answersOf(lesson[step].predictions[index]!);
    await tabTo(page, groups.nth(index).getByRole('radio').first());
    await page.keyboard.press('Space');
    for (let i = 0; i < choices.indexOf(answer); i += 1) await page.keyboard.press('ArrowRight');
    await expect(groups.nth(index).getByRole('radio', { checked: true })).toHaveAttribute('value', answer);
  }
  await tabTo(page, form.getByRole('button', { name: 'Run on the mock and grade' }));
  await page.keyboard.press('Enter');
}

// Lesson 2's plain OAuth 2.0 run asks userinfo with a token not issued for openid: the browser logs its 403.
test.describe('the first three lessons', () => {
  test.use({ allowedConsoleErrors: /status of 403/ });

test('a learner does the first three lessons by keyboard, gets a wrong prediction corrected by name, and finds the progress after a reload', async ({ page }) => {
  await page.goto('/');
  const offer = byTestId(page, TEST_IDS.pathOffer);
  await expect(offer).toBeVisible();
  await tabTo(page, offer.getByRole('link', { name: 'Follow the Learn path' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Learn scopes and claims' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: `Start with lesson 1: ${LESSONS[0]!.title}` }));
  await page.keyboard.press('Enter');

  for (const [number, lesson] of LESSONS.slice(0, 3).entries()) {
    await expect(page).toHaveURL(new RegExp(`/learn\\?lesson=${lesson.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    const right = ANSWERS[lesson.id]!;
    // In the first lesson, the learner believes email comes in the id_token.
    const first = number === 0 ? ['yes', 'yes', 'yes'] : right.first;
    await predictByKeyboard(page, page.getByRole('form', { name: 'Your prediction' }), lesson.id, first);

    await expect(page).toHaveURL(new RegExp(`/learn\\?lesson=${lesson.id}$`));
    const grading = byTestId(page, TEST_IDS.lessonGrading).first();
    await expect(grading).toBeVisible();
    await expect(grading.getByRole('heading', { level: 3 })).toBeFocused();
    if (number === 0) {
      await expect(grading).toHaveAttribute('data-outcome', 'some-wrong');
      await expect(grading.getByRole('status')).toContainText('2 of 3 predictions right.');
      const wrong = grading.locator('li[data-right="false"]');
      await expect(wrong).toHaveCount(1);
      await expect(wrong).toContainText('You predicted email would arrive in the id_token, but email did not arrive in the id_token.');
      await expect(wrong).toContainText('OIDC Core §5.4');
    } else {
      await expect(grading).toHaveAttribute('data-outcome', 'all-right');
    }

    await predictByKeyboard(page, page.getByRole('form', { name: 'Your prediction after the change' }), lesson.id, right.followUp);
    await expect(byTestId(page, TEST_IDS.lessonGrading)).toHaveCount(2);
    await expect(byTestId(page, TEST_IDS.lessonGrading).nth(1)).toHaveAttribute('data-outcome', 'all-right');
    const next = page.getByRole('link', { name: `Next lesson: ${LESSONS[number + 1]!.title}` });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }

  await page.goto('/learn');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'lessons done' })).toContainText(`3 of ${LESSONS.length} lessons done · 2 right on the first try`);
  const status = (index: number) => page.locator(`li[data-lesson="${LESSONS[index]!.id}"] .badge`);
  await expect(status(0)).toHaveText('done');
  await expect(status(1)).toHaveText('done, right on the first try');
  await expect(status(2)).toHaveText('done, right on the first try');
  await expect(status(3)).toHaveText('not started');
  await expect(page.getByRole('link', { name: `Continue with lesson 4: ${LESSONS[3]!.title}` })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Reset progress' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'lessons done' })).toContainText(`0 of ${LESSONS.length} lessons done`);
});

});

/** Answers a step's form with the mouse, by each choice's label, and runs it. */
async function predictByLabel(form: Locator, lessonId: string, step: 'first' | 'followUp', answers: readonly string[]): Promise<void> {
  const lesson = LESSONS.find((l) => l.id === lessonId)!;
  const groups = form.getByRole('group');
  for (const [index, answer] of answers.entries()) {
    await groups.nth(index).getByRole('radio', { name: lessonAnswerText(lesson[step].predictions[index]!, answer), exact: true }).check();
  }
  await form.getByRole('button', { name: 'Run on the mock and grade' }).click();
}

// The DPoP lesson's first token request is refused with use_dpop_nonce (RFC 9449 §8) before the retry: the browser logs its 400.
test.describe('the advanced track at 360 px', () => {
  test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 400/ });

  test('lessons 26 to 29 (fragment and iss, JWT access tokens, DPoP, iss on an error) are predicted, run on the mock and graded from the run, without sideways scrolling', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/learn');
    const track = page.getByRole('region', { name: 'Advanced: how requests and tokens travel' });
    await expect(track.getByRole('listitem')).toHaveCount(7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await track.screenshot({ path: testInfo.outputPath('learn-path-advanced-track-360.png') });
    await track.getByRole('link', { name: LESSONS.find((l) => l.id === '26-response-in-the-fragment')!.title }).click();

    for (const id of ['26-response-in-the-fragment', '27-jwt-access-tokens', '28-dpop', '29-iss-on-error-responses']) {
      const lesson = LESSONS.find((l) => l.id === id)!;
      await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
      await predictByLabel(page.getByRole('form', { name: 'Your prediction' }), id, 'first', ANSWERS[id]!.first);
      await expect(byTestId(page, TEST_IDS.lessonGrading).first()).toHaveAttribute('data-outcome', 'all-right');
      await predictByLabel(page.getByRole('form', { name: 'Your prediction after the change' }), id, 'followUp', ANSWERS[id]!.followUp);
      const graded = byTestId(page, TEST_IDS.lessonGrading).nth(1);
      await expect(graded).toHaveAttribute('data-outcome', 'all-right');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      if (id === '28-dpop') {
        // Graded from the run itself: the retry and the key's thumbprint as the wire showed them.
        await expect(graded).toContainText('The provider answered the first proof with use_dpop_nonce');
        await expect(graded).toContainText(/Its cnf\.jkt is [\w-]{43}, the thumbprint of the DPoP key/);
        await page.getByRole('region', { name: 'Now change one thing' }).screenshot({ path: testInfo.outputPath('dpop-lesson-graded-360.png') });
      }
      const next = LESSONS[LESSONS.indexOf(lesson) + 1];
      if (next) await page.getByRole('link', { name: `Next lesson: ${next.title}` }).click();
    }
    // The refusal came back in the fragment and named the mock as its issuer.
    await expect(byTestId(page, TEST_IDS.lessonGrading).nth(1)).toContainText(/Right: it named the issuer\. The callback carried iss=\S+, the issuer the request went to/);
    await expect(page.getByText('That was the last lesson.')).toBeVisible();
  });
});

test('a lesson at 390 px: predicted, run and graded without sideways scrolling', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const lesson = LESSONS.find((l) => l.id === '07-claims-parameter')!;
  await page.goto(`/learn?lesson=${lesson.id}`);
  const form = page.getByRole('form', { name: 'Your prediction' });
  // Submitting with nothing chosen says so under the first question and keeps the page.
  await form.getByRole('button', { name: 'Run on the mock and grade' }).click();
  await expect(form.getByRole('group').first()).toContainText('Choose an answer before running.');
  await expect(form.getByRole('radio').first()).toBeFocused();
  const groups = form.getByRole('group');
  const answers = ['yes', 'yes', 'yes'];
  for (const [index, answer] of answers.entries()) await groups.nth(index).getByRole('radio', { name: answer === 'yes' ? 'Yes' : 'No', exact: true }).check();
  await form.getByRole('button', { name: 'Run on the mock and grade' }).click();

  const grading = byTestId(page, TEST_IDS.lessonGrading);
  await expect(grading).toHaveAttribute('data-outcome', 'some-wrong');
  await expect(grading.locator('li[data-right="false"]')).toContainText('You predicted birthdate would arrive at userinfo');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await grading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('graded-lesson-390.png'), fullPage: true });

  await page.setViewportSize({ width: 1366, height: 768 });
  await grading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('graded-lesson-1366.png') });
  await page.screenshot({ path: testInfo.outputPath('graded-lesson-1366-full.png'), fullPage: true });

  // The graded lesson in both themes: no serious or critical axe violation (contrast of the badges included).
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  await page.screenshot({ path: testInfo.outputPath('graded-lesson-1366-dark.png') });
});

test('the first visit offers the path once; a permalink, autostart or deterministic page never does', async ({ page }) => {
  for (const query of ['?scope=openid+email', '?seed=demo', '?clock=2026-01-15T09:30:00Z', '?autologin=1']) {
    await page.goto(`/${query}`);
    await expect(page.getByTestId(TEST_IDS.startSignin)).toBeVisible();
    await expect(byTestId(page, TEST_IDS.pathOffer)).toHaveCount(0);
  }
  await page.goto('/');
  await byTestId(page, TEST_IDS.pathOffer).getByRole('button', { name: 'stay in the free playground' }).click();
  await expect(byTestId(page, TEST_IDS.pathOffer)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId(TEST_IDS.startSignin)).toBeVisible();
  await expect(byTestId(page, TEST_IDS.pathOffer)).toHaveCount(0);
});

test('at 1366×768 scopes, claims and Start are in the first view; the mock editors open on demand and stay open', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.screenshot({ path: testInfo.outputPath('compose-first-view-1366.png') });
  for (const target of [page.getByRole('region', { name: 'Scopes' }), page.getByTestId(TEST_IDS.startSignin)]) await expect(target).toBeInViewport();
  await expect(page.getByRole('heading', { name: /claims/i }).first()).toBeInViewport();
  const editor = page.getByRole('textbox', { name: 'Mock user profile JSON' });
  await expect(editor).toBeHidden();
  const disclosure = page.getByRole('button', { name: 'Show the mock user profile and login policy (JSON)' });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await disclosure.click();
  await expect(editor).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Hide the mock user profile and login policy (JSON)' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('textbox', { name: 'Mock user profile JSON' })).toBeVisible();
});

test('a lesson links the scenario it builds on, and opens its composition in Compose to change it', async ({ page, compose }) => {
  await page.goto('/learn?lesson=11-token-policy-drops');
  await page.getByRole('link', { name: 'The policy leaves address out: it is dropped, email is granted' }).click();
  await expect(page).toHaveURL(/\/scenarios#scenario-policy-drops-address$/);
  await expect(page.getByRole('heading', { name: 'The policy leaves address out: it is dropped, email is granted' })).toBeInViewport();

  await page.goto('/learn?lesson=11-token-policy-drops');
  await page.getByRole('region', { name: 'Predict, then run' }).getByRole('button', { name: 'Open this composition in Compose' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(compose.authorizeUrl).toContainText('scope=openid email address');
  await expect(compose.policy.getByRole('checkbox', { name: 'address' })).not.toBeChecked();
});
