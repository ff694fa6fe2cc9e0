import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Area, SitePromptSettings } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { Card } from '../../components/ui/Card';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Select } from '../../components/ui/Field';
import { Skeleton } from '../../components/ui/Skeleton';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { timeZoneLabel } from '../time-zones/zones';
import { promptLibraryQuery, promptSitesQuery, useSaveSitePromptSettings } from './api';
import { AREAS, isArea } from '../ideas/search';

/** Which prompt each site shows this week and why; admins pin one or keep a site's rotation to an area. */
export function SitePromptsSection() {
  const t = useT();
  const sites = useQuery(promptSitesQuery);

  return (
    <Card title={t('prompts.sites.title')}>
      <p className="mb-4 max-w-prose text-small text-muted">{t('prompts.sites.intro')}</p>
      {sites.isPending && <Skeleton className="h-24 w-full" />}
      {sites.isError && <Alert tone="error">{sites.error.message}</Alert>}
      {sites.data?.items.length === 0 && <p className="text-muted">{t('prompts.sites.noSites')}</p>}
      {sites.data && sites.data.items.length > 0 && (
        <ul className="flex flex-col divide-y divide-line">
          {sites.data.items.map((item) => (
            <SiteItem key={item.site.id} item={item} manage={sites.data.abilities.manage} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function SiteItem({ item, manage }: { item: SitePromptSettings; manage: boolean }) {
  const t = useT();
  const { site, thisWeek, area } = item;
  return (
    <li className="flex flex-col gap-1.5 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">{site.name}</h3>
          <p className="text-small text-muted">
            {[timeZoneLabel(site.timeZone), area ? t('prompts.sites.rotationOf', { area: t(`prompts.areas.${area}`) }) : t('prompts.sites.rotationAll')].join(' · ')}
          </p>
        </div>
        {manage && <SiteSettingsDialog item={item} />}
      </div>
      <p className="text-small break-words">
        <span className="font-medium">{t('prompts.sites.thisWeek')}: </span>
        {thisWeek.prompt ? thisWeek.prompt.text : t('prompts.sites.none')}{' '}
        {thisWeek.source === 'pinned' && <Badge tone="accent">{t('prompts.sites.pinnedBadge')}</Badge>}
      </p>
    </li>
  );
}

const FIELDS = ['pinnedPromptId', 'area'] as const;

function SiteSettingsDialog({ item }: { item: SitePromptSettings }) {
  const t = useT();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [pinnedPromptId, setPinned] = useState(item.pinnedPromptId);
  const [area, setArea] = useState<Area | null>(item.area);
  // Only prompts in use can be pinned.
  const library = useQuery({ ...promptLibraryQuery({}), enabled: open });
  const form = useFormErrors(FIELDS);
  const save = useSaveSitePromptSettings();

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setPinned(item.pinnedPromptId);
      setArea(item.area);
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    save.mutate(
      { siteId: item.site.id, pinnedPromptId, area },
      {
        onSuccess: () => {
          setOpen(false);
          toast({ title: t('prompts.sites.saved', { site: item.site.name }), tone: 'success' });
        },
        onError: form.showFrom,
      },
    );
  };

  return (
    <Dialog
      title={t('prompts.sites.changeTitle', { site: item.site.name })}
      open={open}
      onOpenChange={openChange}
      trigger={
        <Button variant="secondary" size="sm">
          {t('prompts.sites.change')}
          <span className="sr-only"> {item.site.name}</span>
        </Button>
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('prompts.sites.pinned')} hint={t('prompts.sites.pinnedHint')} {...form.bind('pinnedPromptId')}>
          <Select value={pinnedPromptId ?? ''} onChange={(event) => setPinned(event.target.value || null)}>
            <option value="">{t('prompts.sites.noPin')}</option>
            {(library.data?.items ?? []).map((prompt) => (
              <option key={prompt.id} value={prompt.id}>
                {prompt.text}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('prompts.sites.rotationArea')} hint={t('prompts.sites.rotationAreaHint')} {...form.bind('area')}>
          <Select value={area ?? ''} onChange={(event) => setArea(isArea(event.target.value) ? event.target.value : null)}>
            <option value="">{t('prompts.sites.allAreas')}</option>
            {AREAS.map((value) => (
              <option key={value} value={value}>
                {t(`prompts.areas.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
