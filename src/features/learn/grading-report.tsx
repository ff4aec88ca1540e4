import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Grading } from '../../domain/lessons/grade-predictions';
import { gradedPredictionText, gradingSummaryText } from '../../domain/messages/lesson-messages';
import { ROUTES } from '../../domain/site/routes';
import { TEST_IDS } from '../../test-ids';

/**
 * A step's grading, one sentence per prediction. It fills a live region after the first paint, so
 * a screen reader announces it; when the run just came back, focus moves to it.
 */
export function GradingReport({ grading, fresh, onRetry }: { grading: Grading; fresh: boolean; onRetry: () => void }) {
  const [shown, setShown] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Filled one frame after the region is in the page: a live region announces changes, not its first content.
  useEffect(() => {
    const frame = window.requestAnimationFrame(() => setShown(true));
    return () => window.cancelAnimationFrame(frame);
  }, []);
  useEffect(() => {
    if (shown && fresh) heading.current?.focus();
  }, [shown, fresh]);
  const right = grading.results.filter((r) => r.right).length;
  return (
    <div className="lesson-grading" data-testid={TEST_IDS.lessonGrading} data-outcome={grading.outcome}>
      <div role="status" aria-live="polite">
        {shown && (
          <>
          <h3 tabIndex={-1} ref={heading} className={grading.outcome === 'all-right' ? 'outcome-pass' : 'outcome-fail'}>
            {gradingSummaryText(right, grading.results.length)}
          </h3>
          <ul className="graded-predictions">
            {grading.results.map((result, index) => (
              <li key={index} data-right={result.right}>
                <span aria-hidden="true" className={`badge ${result.right ? 'badge-granted' : 'badge-dropped-by-policy'}`}>{result.right ? 'right' : 'wrong'}</span>{' '}
                {gradedPredictionText(result)}
              </li>
            ))}
          </ul>
          </>
        )}
      </div>
      {shown && (
          <div className="row wrap">
            <button type="button" onClick={onRetry}>Predict and run this step again</button>
            <Link to={ROUTES.results}>See the whole run on the results screen</Link>
          </div>
      )}
    </div>
  );
}
