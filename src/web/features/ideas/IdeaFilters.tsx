import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Chip } from '../../components/ui/Chip';
import { Field, Input, Select } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { sitesQuery } from '../organisation/api';
import { AREAS, isSort, SORTS, type IdeasSearch } from './search';
import { useStages } from './stages';

const route = getRouteApi('/app/ideas');
const SEARCH_DELAY_MS = 300;
const rowClasses = '-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 md:mx-0 md:flex-wrap md:overflow-visible md:px-0';

/** Search, stage, area, site, mine/following/voted/overdue and sort; all kept in the address so a view can be shared. */
export function IdeaFilters({ search, counts }: { search: IdeasSearch; counts: Record<string, number> | undefined }) {
  const t = useT();
  const stages = useStages();
  const navigate = route.useNavigate();
  const sites = useQuery(sitesQuery);
  const [text, setText] = useState(search.q ?? '');
  // Follow the address when it changes from outside (back button), not when it caught up with typing.
  const [seenQ, setSeenQ] = useState(search.q);
  if (search.q !== seenQ) {
    setSeenQ(search.q);
    if ((text.trim() || undefined) !== search.q) setText(search.q ?? '');
  }

  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === search.q) return;
    const timer = setTimeout(() => void navigate({ search: (prev) => ({ ...prev, q }), replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search.q, navigate]);

  const set = (patch: Partial<IdeasSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  // Stages in lifecycle order under the organisation's names; empty ones are left out.
  const stageChips = (stages ?? []).filter((stage) => (counts?.[stage.key] ?? 0) > 0 || stage.key === search.stage);
  const total = Object.values(counts ?? {}).reduce((sum, count) => sum + count, 0);
  const withCount = (label: string, count: number | undefined) =>
    counts ? t('ideas.chipCount', { label, count: count ?? 0 }) : label;

  return (
    <div role="search" aria-label={t('ideas.filters')} className="flex flex-col gap-3">
      <Field label={t('ideas.search')}>
        <Input type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      <div role="group" aria-label={t('ideas.stage')} className={rowClasses}>
        <Chip pressed={!search.stage} onClick={() => set({ stage: undefined })}>
          {withCount(t('ideas.allStages'), total)}
        </Chip>
        {stageChips.map(({ key, name }) => (
          <Chip key={key} pressed={search.stage === key} onClick={() => set({ stage: search.stage === key ? undefined : key })}>
            {withCount(name, counts?.[key])}
          </Chip>
        ))}
      </div>
      <div className={rowClasses}>
        <div role="group" aria-label={t('ideas.area')} className="flex gap-2">
          {AREAS.map((area) => (
            <Chip key={area} pressed={search.area === area} onClick={() => set({ area: search.area === area ? undefined : area })}>
              {t(`ideas.areas.${area}`)}
            </Chip>
          ))}
        </div>
        <div role="group" aria-label={t('ideas.show')} className="flex gap-2 border-l border-line pl-2">
          <Chip pressed={Boolean(search.mine)} onClick={() => set({ mine: search.mine ? undefined : true })}>
            {t('ideas.mine')}
          </Chip>
          <Chip pressed={Boolean(search.following)} onClick={() => set({ following: search.following ? undefined : true })}>
            {t('ideas.following')}
          </Chip>
          <Chip pressed={Boolean(search.voted)} onClick={() => set({ voted: search.voted ? undefined : true })}>
            {t('ideas.voted')}
          </Chip>
          <Chip pressed={Boolean(search.overdue)} onClick={() => set({ overdue: search.overdue ? undefined : true })}>
            {t('ideas.overdue')}
          </Chip>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t('ideas.site')}>
          <Select value={search.siteId ?? ''} onChange={(event) => set({ siteId: event.target.value || undefined })}>
            <option value="">{t('ideas.anySite')}</option>
            {(sites.data ?? []).map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('ideas.sort')}>
          <Select
            value={search.sort ?? 'newest'}
            onChange={(event) => {
              const sort = isSort(event.target.value) && event.target.value !== 'newest' ? event.target.value : undefined;
              set({ sort });
            }}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`ideas.sorts.${sort}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}
