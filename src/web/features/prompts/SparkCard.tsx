import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import type { Area, Prompt } from '../../api/types';
import { Button } from '../../components/ui/Button';
import { CloseIcon, ShuffleIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import { promptQuery, shufflePrompt, weeklyPromptQuery } from './api';
import { PromptMeta } from './PromptFacts';

export interface SparkCardProps {
  /** The site chosen in the form; its prompt of the week is offered first (null: the person's own site). */
  siteId: string | null;
  /** The area chosen in the form, if any: shuffling keeps to prompts that suit it. */
  area: Area | null;
  /** The prompt the idea answers, if one was chosen. */
  chosenId: string | null;
  /** The server's message about `promptId` (e.g. retired in the meantime). */
  error?: string | undefined;
  onUse: (prompt: Prompt) => void;
  onRemove: () => void;
}

/**
 * "Need a spark?" on the share form: this week's prompt for the site, a Shuffle for another, and
 * "Use this prompt" to record which prompt the idea answers.
 */
export function SparkCard({ siteId, area, chosenId, error, onUse, onRemove }: SparkCardProps) {
  const t = useT();
  const headingId = useId();
  const errorId = useId();
  const week = useQuery(weeklyPromptQuery(siteId));
  const [shuffled, setShuffled] = useState<Prompt | null>(null);
  const [seen, setSeen] = useState<string[]>([]);
  const offered = shuffled ?? week.data?.prompt ?? null;
  const shuffle = useMutation({
    mutationFn: () => shufflePrompt(offered ? [offered.id, ...seen.filter((id) => id !== offered.id)] : seen, area),
    onSuccess: (prompt) => {
      setShuffled(prompt);
      setSeen((previous) => [prompt.id, ...previous.filter((id) => id !== prompt.id)]);
    },
  });
  // A chosen prompt not on screen (a restored draft, or arriving from a link) is looked up for its words.
  const known = [shuffled, week.data?.prompt].find((prompt) => prompt && prompt.id === chosenId) ?? null;
  const lookup = useQuery({ ...promptQuery(chosenId ?? ''), enabled: Boolean(chosenId) && !known });
  const chosen: Prompt | null = chosenId ? (known ?? lookup.data ?? null) : null;

  // Keyboard users keep their place: after choosing or removing, focus moves to the button that undoes it.
  const sectionRef = useRef<HTMLElement>(null);
  const [focusNext, setFocusNext] = useState<'remove' | 'use' | null>(null);
  useEffect(() => {
    if (focusNext) sectionRef.current?.querySelector<HTMLElement>(`[data-spark-action="${focusNext}"]`)?.focus();
  }, [focusNext, chosenId]);

  if (chosenId) {
    return (
      <section ref={sectionRef} aria-labelledby={headingId} className="rounded-card border border-l-4 border-line border-l-primary bg-surface p-4 shadow-card">
        <h2 id={headingId} className="text-small font-medium text-muted">
          {t('prompts.spark.chosenTitle')}
        </h2>
        {chosen ? (
          <>
            <p className="mt-1 font-medium break-words">{chosen.text}</p>
            <p className="mt-1 text-small text-muted">
              <PromptMeta prompt={chosen} />
            </p>
          </>
        ) : (
          <p className="mt-1 text-muted">{t('common.loading')}</p>
        )}
        <Button
          data-spark-action="remove"
          variant="ghost"
          size="sm"
          className="mt-2 -ml-3"
          aria-describedby={error ? errorId : undefined}
          onClick={() => {
            onRemove();
            setFocusNext('use');
          }}
        >
          <CloseIcon />
          {t('prompts.spark.remove')}
        </Button>
        {error && (
          <p id={errorId} className="mt-1 text-small font-medium text-danger">
            {error}
          </p>
        )}
      </section>
    );
  }

  return (
    <section ref={sectionRef} aria-labelledby={headingId} className="rounded-card border border-dashed border-control bg-surface p-4">
      <h2 id={headingId} className="text-heading">
        {t('prompts.spark.title')}
      </h2>
      <p className="text-small text-muted">{t('prompts.spark.intro')}</p>
      <div aria-live="polite" className="mt-3 min-h-12">
        {offered && (
          <>
            <p className="text-small font-medium text-muted">{shuffled ? t('prompts.spark.another') : t('prompts.spark.thisWeek')}</p>
            <p className="font-medium break-words" data-testid="spark-prompt">
              {offered.text}
            </p>
            <p className="text-small text-muted">
              <PromptMeta prompt={offered} />
            </p>
          </>
        )}
        {shuffle.isError && <p className="text-small text-muted">{t('prompts.spark.shuffleFailed')}</p>}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" loading={shuffle.isPending} onClick={() => shuffle.mutate()}>
          <ShuffleIcon />
          {t('prompts.spark.shuffle')}
        </Button>
        {offered && (
          <Button
            data-spark-action="use"
            size="sm"
            onClick={() => {
              onUse(offered);
              setFocusNext('remove');
            }}
          >
            {t('prompts.spark.use')}
          </Button>
        )}
        <Link to="/prompts" className="inline-flex min-h-11 items-center px-1 text-small">
          {t('prompts.browse')}
        </Link>
      </div>
    </section>
  );
}
