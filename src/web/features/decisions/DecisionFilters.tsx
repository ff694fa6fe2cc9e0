import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Chip } from '../../components/ui/Chip';
import { Field, Input, Select } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { reasonCodesQuery } from '../ideas/api';
import { useStageName } from '../ideas/stages';
import { DECISION_STAGES, type DecisionsSearch } from './search';

const route = getRouteApi('/app/decisions');
const SEARCH_DELAY_MS = 300;

/** Search, decision and reason code, kept in the address so a view of the log can be shared. */
export function DecisionFilters({ search }: { search: DecisionsSearch }) {
  const t = useT();
  const stageName = useStageName();
  const navigate = route.useNavigate();
  const reasonCodes = useQuery(reasonCodesQuery);
  const [text, setText] = useState(search.q ?? '');
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

  const set = (patch: Partial<DecisionsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <div role="search" className="flex flex-col gap-3">
      <Field label={t('decisions.search')}>
        <Input type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      <div role="group" aria-label={t('decisions.stage')} className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 md:mx-0 md:flex-wrap md:px-0">
        <Chip pressed={!search.stage} onClick={() => set({ stage: undefined })}>
          {t('decisions.anyStage')}
        </Chip>
        {DECISION_STAGES.map((stage) => (
          <Chip key={stage} pressed={search.stage === stage} onClick={() => set({ stage: search.stage === stage ? undefined : stage })}>
            {stageName(stage)}
          </Chip>
        ))}
      </div>
      <Field label={t('decisions.reasonCode')}>
        <Select value={search.reasonCode ?? ''} onChange={(event) => set({ reasonCode: event.target.value || undefined })}>
          <option value="">{t('decisions.anyReasonCode')}</option>
          {(reasonCodes.data ?? []).map((code) => (
            <option key={code.key} value={code.key}>
              {code.label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
