import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { LibraryPrompt } from '../../api/types';
import { Page } from '../../components/layout/Page';
import { Alert } from '../../components/ui/Alert';
import { Badge } from '../../components/ui/Badge';
import { Chip } from '../../components/ui/Chip';
import { EmptyState } from '../../components/ui/EmptyState';
import { Field, Select } from '../../components/ui/Field';
import { SparkIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { canUseIdeas } from '../ideas/access';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { promptLibraryQuery } from './api';
import { PROMPT_AREAS, PROMPT_TECHNIQUES, isTechnique } from './labels';
import { PromptDialog } from './PromptDialog';
import { PromptCounts, PromptMeta } from './PromptFacts';
import type { PromptsSearch } from './search';
import { SitePromptsSection } from './SitePromptsSection';

const route = getRouteApi('/app/prompts');
const rowClasses = '-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 md:mx-0 md:flex-wrap md:overflow-visible md:px-0';

export function PromptsPage() {
  const me = useMe();
  return (
    <RequireAbility allowed={canUseIdeas(me)}>
      <PromptLibrary />
    </RequireAbility>
  );
}

function PromptLibrary() {
  const t = useT();
  const search = route.useSearch();
  const library = useQuery(promptLibraryQuery(search));
  const manage = library.data?.abilities.manage ?? false;

  return (
    <Page title={t('prompts.title')} action={manage && <PromptDialog />}>
      <p className="max-w-prose text-muted">{t('prompts.intro')}</p>
      {/* Admins come here to set each site up, so their settings come first; for everyone else they follow the library. */}
      {manage && <SitePromptsSection />}
      <Filters search={search} />
      {library.isPending && <ListSkeleton />}
      {library.isError && (
        <Alert tone="error" title={t('prompts.loadFailed')}>
          {library.error.message}
        </Alert>
      )}
      {library.data && <PromptList items={library.data.items} search={search} />}
      {library.data && !manage && <SitePromptsSection />}
    </Page>
  );
}

/** Area, technique and in use / retired; all kept in the address. */
function Filters({ search }: { search: PromptsSearch }) {
  const t = useT();
  const navigate = route.useNavigate();
  const set = (patch: Partial<PromptsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  return (
    <div role="search" aria-label={t('prompts.filters')} className="flex flex-col gap-3">
      <div role="group" aria-label={t('prompts.area')} className={rowClasses}>
        <Chip pressed={!search.area} onClick={() => set({ area: undefined })}>
          {t('prompts.allAreas')}
        </Chip>
        {PROMPT_AREAS.map((area) => (
          <Chip key={area} pressed={search.area === area} onClick={() => set({ area: search.area === area ? undefined : area })}>
            {area === 'any' ? t('prompts.forAnyArea') : t(`prompts.areas.${area}`)}
          </Chip>
        ))}
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label={t('prompts.technique')}>
          <Select
            value={search.technique ?? ''}
            onChange={(event) => set({ technique: isTechnique(event.target.value) ? event.target.value : undefined })}
          >
            <option value="">{t('prompts.anyTechnique')}</option>
            {PROMPT_TECHNIQUES.map((technique) => (
              <option key={technique} value={technique}>
                {t(`prompts.techniques.${technique}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div role="group" aria-label={t('prompts.show')} className="flex items-end gap-2">
          <Chip pressed={!search.status} onClick={() => set({ status: undefined })}>
            {t('prompts.inUse')}
          </Chip>
          <Chip pressed={search.status === 'retired'} onClick={() => set({ status: 'retired' })}>
            {t('prompts.retiredOnes')}
          </Chip>
        </div>
      </div>
    </div>
  );
}

function PromptList({ items, search }: { items: LibraryPrompt[]; search: PromptsSearch }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="text-small text-muted">
        {items.length === 1 ? t('prompts.countOne') : t('prompts.countOther', { count: items.length })}
      </p>
      {items.length === 0 ? (
        search.status === 'retired' ? (
          <EmptyState icon={<SparkIcon className="size-6" />} title={t('prompts.noRetiredTitle')} description={t('prompts.noRetiredDetail')} />
        ) : (
          <EmptyState icon={<SparkIcon className="size-6" />} title={t('prompts.emptyTitle')} description={t('prompts.emptyDetail')} />
        )
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-card border border-line bg-surface shadow-card">
          {items.map((prompt) => (
            <PromptItem key={prompt.id} prompt={prompt} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** One prompt: its words (the link to its page), how it thinks, and what it produced. */
function PromptItem({ prompt }: { prompt: LibraryPrompt }) {
  const t = useT();
  return (
    <li className="flex flex-col gap-1.5 px-4 py-4">
      <h2 className="font-semibold break-words">
        <Link to="/prompts/$id" params={{ id: prompt.id }} className="text-ink no-underline hover:underline">
          {prompt.text}
        </Link>
      </h2>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-small text-muted">
        <PromptMeta prompt={prompt} />
        {!prompt.active && <Badge>{t('prompts.retired')}</Badge>}
      </p>
      <p className="text-small text-muted">
        <PromptCounts counts={prompt.counts} />
      </p>
    </li>
  );
}

function ListSkeleton() {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <span role="status" className="sr-only">
        {t('common.loading')}
      </span>
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex flex-col gap-2 rounded-card border border-line bg-surface p-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-4 w-40" />
        </div>
      ))}
    </div>
  );
}
