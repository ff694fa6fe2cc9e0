import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useT } from '../../i18n';
import { useSimilarIdeas } from './api';
import { StageBadge } from './StageBadge';

/**
 * Existing ideas like the one being typed, so a duplicate gets a vote instead. Only the count is
 * announced, politely, so screen-reader users are not interrupted on every pause in typing.
 */
export function SimilarIdeas({ text }: { text: string }) {
  const t = useT();
  const headingId = useId();
  const similar = useSimilarIdeas(text);
  const items = text.length >= 3 ? (similar.data ?? []) : [];

  return (
    <div>
      <p role="status" className="sr-only">
        {items.length === 0 ? '' : items.length === 1 ? t('ideas.similar.countOne') : t('ideas.similar.countOther', { count: items.length })}
      </p>
      {items.length > 0 && (
        <section aria-labelledby={headingId} className="rounded-lg border border-l-4 border-line border-l-control bg-sunken px-4 py-3">
          <h2 id={headingId} className="font-semibold">
            {t('ideas.similar.title')}
          </h2>
          <p className="text-small text-muted">{t('ideas.similar.intro')}</p>
          <ul className="mt-2 flex flex-col gap-1">
            {items.map((idea) => (
              <li key={idea.id} className="flex min-h-11 flex-wrap items-center gap-x-2 gap-y-1">
                <Link to="/ideas/$id" params={{ id: idea.id }} className="break-words">
                  {t('ideas.number', { number: idea.number })} {idea.title}
                </Link>
                <StageBadge stage={idea.stage} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
