import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { MeView } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Page } from '../../components/layout/Page';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input, Select, Textarea } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import type { Translate } from '../../i18n/translate';
import { sitesQuery } from '../organisation/api';
import { SparkCard } from '../prompts/SparkCard';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { canUseIdeas } from './access';
import { useSubmitIdea } from './api';
import { AreaPicker } from './AreaPicker';
import { uploadAttachment } from './attachments-api';
import { ChosenAttachments } from './ChosenAttachments';
import { hasContent, newIdempotencyKey, useIdeaDraft, type IdeaDraft } from './draft';
import { SimilarIdeas } from './SimilarIdeas';
import { TagsInput } from './TagsInput';
import { Toggle } from './Toggle';
import { useDebouncedValue } from './useDebouncedValue';
import { useFocusFirstError } from './useFocusFirstError';

const TAG_PATHS = Array.from({ length: 10 }, (_, index) => `tags.${index}`);
const FIELDS = ['title', 'problem', 'proposal', 'area', 'siteId', 'tags', 'promptId', ...TAG_PATHS];
const SIMILAR_DELAY_MS = 300;
const route = getRouteApi('/app/ideas/new');

/** What the browser can tell before asking the server; the server's own rules still apply. */
function missingFields(draft: IdeaDraft, t: Translate): Record<string, string> {
  const missing: Record<string, string> = {};
  if (draft.title.trim().length < 3) missing.title = t('ideas.form.required.title');
  if (!draft.problem.trim()) missing.problem = t('ideas.form.required.problem');
  if (!draft.proposal.trim()) missing.proposal = t('ideas.form.required.proposal');
  if (!draft.area) missing.area = t('ideas.form.required.area');
  return missing;
}

export function NewIdeaPage() {
  const t = useT();
  const me = useMe();
  return (
    <RequireAbility allowed={canUseIdeas(me)}>
      <Page title={t('ideas.form.title')}>{me && <IdeaForm me={me} />}</Page>
    </RequireAbility>
  );
}

function IdeaForm({ me }: { me: MeView }) {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const sites = useQuery(sitesQuery);
  // Arriving to answer a prompt ("Share an idea on this"): the draft takes it once, and the
  // address drops it, so removing the prompt or reloading does not bring it back.
  const search = route.useSearch();
  const [arrivedWith] = useState(search.promptId);
  useEffect(() => {
    if (search.promptId) void navigate({ to: '/ideas/new', search: {}, replace: true });
  }, [search.promptId, navigate]);
  const { draft, update, restored, discard, clear } = useIdeaDraft(me.id, me.siteIds[0] ?? null, arrivedWith);
  const form = useFormErrors(FIELDS);
  const submit = useSubmitIdea();
  const { ref: formRef, focusFirstError } = useFocusFirstError();
  const [keyReused, setKeyReused] = useState(false);
  // Files live only in this page's memory: a File cannot be saved in the draft.
  const [files, setFiles] = useState<File[]>([]);
  const [attaching, setAttaching] = useState<{ done: number; count: number } | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const similarText = useDebouncedValue(`${draft.title} ${draft.problem}`.trim().slice(0, 500), SIMILAR_DELAY_MS);
  const tagsError = form.errors.tags ?? TAG_PATHS.map((path) => form.errors[path]).find(Boolean);

  /** Uploads the chosen files one by one once the idea exists; returns a line per file refused. */
  const attachAll = async (ideaId: string): Promise<string[]> => {
    const failures: string[] = [];
    for (const [index, file] of files.entries()) {
      setAttaching({ done: index + 1, count: files.length });
      try {
        await uploadAttachment(ideaId, file);
      } catch (error) {
        failures.push(t('ideas.attachments.notAttached', { name: file.name, reason: error instanceof Error ? error.message : String(error) }));
      }
    }
    setAttaching(null);
    return failures;
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    setKeyReused(false);
    const missing = missingFields(draft, t);
    if (Object.keys(missing).length > 0) {
      form.showFields(missing);
      focusFirstError();
      return;
    }
    form.reset();
    const { idempotencyKey, area, ...rest } = draft;
    submit.mutate(
      { input: { ...rest, area: area!, title: rest.title.trim() }, idempotencyKey },
      {
        onSuccess: async (idea) => {
          clear();
          const failures = await attachAll(idea.id);
          // Left for another page while the files went up: the files did, the person stays there.
          if (!mounted.current) return;
          toast({ title: t('ideas.form.submitted', { number: idea.number }), description: t('ideas.form.submittedDetail'), tone: 'success' });
          if (failures.length > 0) {
            toast({ title: t('ideas.attachments.someFailed'), description: [...failures, t('ideas.attachments.someFailedDetail')].join(' '), tone: 'error' });
          }
          void navigate({ to: '/ideas/$id', params: { id: idea.id } });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fieldErrors['headers.idempotency-key']) {
            // That key already made an idea from an earlier version of this draft: say so, and
            // let a second press send this version under a new key.
            update({ idempotencyKey: newIdempotencyKey() });
            setKeyReused(true);
            return;
          }
          form.showFrom(error);
          focusFirstError();
        },
      },
    );
  };

  return (
    <form ref={formRef} noValidate onSubmit={send} className="flex flex-col gap-5">
      <p className="max-w-prose text-muted">{t('ideas.form.intro')}</p>
      {restored && hasContent(draft) && <Alert tone="info">{t('ideas.form.draftRestored')}</Alert>}
      <SparkCard
        siteId={draft.siteId}
        area={draft.area}
        chosenId={draft.promptId}
        error={form.errors.promptId}
        onUse={(prompt) => {
          form.bind('promptId').onEdit();
          // A prompt written for one area suggests it, unless the person already chose one.
          update({ promptId: prompt.id, ...(draft.area === null && prompt.area !== 'any' ? { area: prompt.area } : {}) });
        }}
        onRemove={() => {
          form.bind('promptId').onEdit();
          update({ promptId: null });
        }}
      />
      <Field label={t('ideas.form.ideaTitle')} hint={t('ideas.form.ideaTitleHint')} {...form.bind('title')}>
        <Input value={draft.title} maxLength={140} onChange={(event) => update({ title: event.target.value })} />
      </Field>
      <Field label={t('ideas.form.problem')} hint={t('ideas.form.problemHint')} {...form.bind('problem')}>
        <Textarea rows={3} value={draft.problem} maxLength={5000} onChange={(event) => update({ problem: event.target.value })} />
      </Field>
      <SimilarIdeas text={similarText} />
      <Field label={t('ideas.form.proposal')} hint={t('ideas.form.proposalHint')} {...form.bind('proposal')}>
        <Textarea rows={3} value={draft.proposal} maxLength={10000} onChange={(event) => update({ proposal: event.target.value })} />
      </Field>
      <AreaPicker
        value={draft.area}
        error={form.errors.area}
        onChange={(area) => {
          form.bind('area').onEdit();
          update({ area });
        }}
      />
      <Field label={t('ideas.form.site')} hint={t('ideas.form.siteHint')} {...form.bind('siteId')}>
        <Select value={draft.siteId ?? ''} onChange={(event) => update({ siteId: event.target.value || null })}>
          <option value="">{t('ideas.noSite')}</option>
          {(sites.data ?? []).map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </Select>
      </Field>
      <TagsInput tags={draft.tags} onChange={(tags) => update({ tags })} error={tagsError} onEdit={() => form.bind('tags').onEdit()} />
      <ChosenAttachments files={files} onChange={setFiles} busy={attaching !== null} />
      <div className="flex flex-col gap-3">
        <Toggle
          label={t('ideas.form.anonymous')}
          hint={t('ideas.form.anonymousHint')}
          checked={draft.anonymous}
          onChange={(anonymous) => update({ anonymous })}
        />
        <Toggle
          label={t('ideas.form.confidential')}
          hint={t('ideas.form.confidentialHint')}
          checked={draft.confidential}
          onChange={(confidential) => update({ confidential })}
        />
      </div>
      {form.formError && <Alert tone="error">{form.formError}</Alert>}
      {keyReused && (
        <Alert tone="error">
          {t('ideas.form.keyReused')} <Link to="/ideas" search={{ mine: true }}>{t('ideas.mine')}</Link>
        </Alert>
      )}
      <div className="flex flex-col gap-3 sm:flex-row-reverse sm:items-center sm:justify-start">
        <Button type="submit" size="lg" loading={submit.isPending || attaching !== null} className="w-full sm:w-auto">
          {t('ideas.form.submit')}
        </Button>
        {hasContent(draft) && (
          <Button
            variant="ghost"
            className="w-full sm:w-auto"
            onClick={() => {
              discard();
              setFiles([]);
              form.reset();
              setKeyReused(false);
            }}
          >
            {t('ideas.form.discard')}
          </Button>
        )}
      </div>
      <p role="status" className={attaching ? 'text-small text-muted' : 'sr-only'}>
        {attaching && t('ideas.form.attaching', attaching)}
      </p>
      {hasContent(draft) && (
        <p className="text-small text-muted">{files.length > 0 ? t('ideas.form.draftSavedNoFiles') : t('ideas.form.draftSaved')}</p>
      )}
    </form>
  );
}
