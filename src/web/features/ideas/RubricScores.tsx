import { lazy, Suspense } from 'react';
import type { Idea } from '../../api/types';
import { Card } from '../../components/ui/Card';
import { useT } from '../../i18n';

// Only reviewers and admins score, so everyone else never downloads the form.
const ScoreDialog = lazy(() => import('./ScoreDialog').then((module) => ({ default: module.ScoreDialog })));

/** One decimal in the reader's locale ("3.5", "3,5"). */
const score = (value: number) => value.toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** How reviewers rated the idea on the rubric: each criterion's average, and the weighted total. */
export function RubricScores({ idea }: { idea: Idea }) {
  const t = useT();
  const { criteria, weightedTotal, reviewerCount } = idea.scores;

  return (
    <Card
      title={t('ideas.rubric.title')}
      action={
        idea.abilities.review && (
          <Suspense fallback={null}>
            <ScoreDialog idea={idea} />
          </Suspense>
        )
      }
    >
      {reviewerCount === 0 ? (
        <p className="text-muted">{t('ideas.rubric.none')}</p>
      ) : (
        <div className="flex flex-col gap-4">
          <p>
            {weightedTotal !== null && (
              <span className="block text-heading">{t('ideas.rubric.total', { score: score(weightedTotal) })}</span>
            )}
            <span className="text-small text-muted">
              {reviewerCount === 1 ? t('ideas.rubric.reviewersOne') : t('ideas.rubric.reviewersOther', { count: reviewerCount })}
            </span>
          </p>
          <ul className="flex flex-col gap-3">
            {criteria.map((criterion) => (
              <li key={criterion.key} className="flex flex-col gap-1">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="font-medium">{criterion.name}</span>
                  <span className="text-small text-muted">
                    {criterion.average === null
                      ? t('ideas.rubric.notScored')
                      : t('ideas.rubric.average', { score: score(criterion.average), count: criterion.count })}
                  </span>
                </div>
                {/* The numbers above say it all; the bar is for the eye. */}
                <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-sunken">
                  <div className="h-full rounded-full bg-primary" style={{ width: `${((criterion.average ?? 0) / 5) * 100}%` }} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
