import type { LibraryPrompt, Prompt } from '../../api/types';
import { useT } from '../../i18n';

/** "A step to remove · Process": how the prompt thinks, and where it fits. */
export function PromptMeta({ prompt }: { prompt: Pick<Prompt, 'technique' | 'area'> }) {
  const t = useT();
  return (
    <span>
      {t('prompts.meta', { technique: t(`prompts.techniques.${prompt.technique}`), area: t(`prompts.areas.${prompt.area}`) })}
    </span>
  );
}

/** What a prompt produced: ideas, how many were accepted or went further, and implemented. */
export function PromptCounts({ counts }: { counts: LibraryPrompt['counts'] }) {
  const t = useT();
  if (counts.ideas === 0) return <span>{t('prompts.counts.noIdeas')}</span>;
  const parts = [
    counts.ideas === 1 ? t('prompts.counts.ideasOne') : t('prompts.counts.ideasOther', { count: counts.ideas }),
    t('prompts.counts.accepted', { count: counts.acceptedOrLater }),
    t('prompts.counts.implemented', { count: counts.implemented }),
  ];
  return <span>{parts.join(' · ')}</span>;
}
