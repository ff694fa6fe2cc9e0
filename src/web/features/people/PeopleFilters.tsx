import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Field, Input, Select } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { isRole, ROLES } from './roles';
import type { PeopleSearch } from './search';

const route = getRouteApi('/app/people');
const SEARCH_DELAY_MS = 300;

/** Search, role and status; all kept in the address so the list can be shared and reloaded. */
export function PeopleFilters({ search }: { search: PeopleSearch }) {
  const t = useT();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  // Follow the address when it changes from outside (back button, a nav link), but not when it
  // merely caught up with what is being typed (which would drop a trailing space mid-word).
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

  return (
    <div role="search" className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
      <Field label={t('people.search')} className="col-span-2 sm:col-span-1">
        <Input type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      <Field label={t('people.role')}>
        <Select
          value={search.role ?? ''}
          onChange={(event) => {
            const role = isRole(event.target.value) ? event.target.value : undefined;
            void navigate({ search: (prev) => ({ ...prev, role }), replace: true });
          }}
        >
          <option value="">{t('people.anyRole')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.name.${role}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('people.status')}>
        <Select
          value={search.status ?? 'active'}
          onChange={(event) => {
            const value = event.target.value;
            const status = value === 'deactivated' || value === 'all' ? value : undefined;
            void navigate({ search: (prev) => ({ ...prev, status }), replace: true });
          }}
        >
          <option value="active">{t('people.statusActive')}</option>
          <option value="deactivated">{t('people.statusDeactivated')}</option>
          <option value="all">{t('people.statusAll')}</option>
        </Select>
      </Field>
    </div>
  );
}
