import type { Idea } from '../../api/types';
import { cx } from '../../components/ui/cx';
import { useT } from '../../i18n';
import type { Translate } from '../../i18n/translate';
import { daysLate, formatDate, formatDueDay } from './format';

/** The promise in one sentence: what is awaited, by when, and whether it is late. */
function describe(idea: Pick<Idea, 'clock' | 'decidedAt'>, t: Translate): string {
  const { clock } = idea;
  if (clock.state === 'decided') return idea.decidedAt ? t('ideas.clock.decidedOn', { date: formatDate(idea.decidedAt) }) : t('ideas.clock.decided');
  if (clock.state === 'no_promise' || !clock.awaiting || !clock.dueAt) return t('ideas.clock.noPromise');
  const date = formatDueDay(clock.dueAt);
  const what = clock.awaiting === 'first_response' ? 'firstResponse' : 'decision';
  if (clock.state === 'overdue') {
    const count = daysLate(clock.dueAt);
    return count === 1 ? t(`ideas.clock.${what}.overdueOne`, { date }) : t(`ideas.clock.${what}.overdueOther`, { date, count });
  }
  return t(`ideas.clock.${what}.${clock.state === 'due_soon' ? 'dueSoon' : 'onTrack'}`, { date });
}

/** Where the idea stands against the organisation's response-time promise. */
export function ResponseClock({ idea }: { idea: Pick<Idea, 'clock' | 'decidedAt'> }) {
  const t = useT();
  const { state, dueAt } = idea.clock;
  return (
    <p
      className={cx(
        'rounded-lg border border-l-4 border-line bg-sunken px-4 py-3',
        state === 'overdue' ? 'border-l-danger' : state === 'due_soon' ? 'border-l-control' : 'border-l-success',
      )}
    >
      <span className="sr-only">{t('ideas.clock.label')}: </span>
      {dueAt && state !== 'decided' && state !== 'no_promise' ? <time dateTime={dueAt}>{describe(idea, t)}</time> : describe(idea, t)}
    </p>
  );
}
