import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Area, EditIdea, Idea } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Input, Select, Textarea } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { sitesQuery } from '../organisation/api';
import { AreaPicker } from './AreaPicker';
import { useEditIdea } from './review-api';
import { TagsInput } from './TagsInput';
import { useFocusFirstError } from './useFocusFirstError';

const TAG_PATHS = Array.from({ length: 10 }, (_, index) => `tags.${index}`);
const FIELDS = ['title', 'problem', 'proposal', 'area', 'siteId', 'tags', ...TAG_PATHS];

interface EditInput {
  title: string;
  problem: string;
  proposal: string;
  area: Area;
  siteId: string | null;
  tags: string[];
}

const fromIdea = ({ title, problem, proposal, area, siteId, tags }: Idea): EditInput => ({ title, problem, proposal, area, siteId, tags });

/** Only what changed, so an edit never overwrites someone else's change to another field. */
function changes(input: EditInput, idea: Idea): EditIdea {
  const edit: EditIdea = {};
  if (input.title.trim() !== idea.title) edit.title = input.title.trim();
  if (input.problem.trim() !== idea.problem) edit.problem = input.problem.trim();
  if (input.proposal.trim() !== idea.proposal) edit.proposal = input.proposal.trim();
  if (input.area !== idea.area) edit.area = input.area;
  if (input.siteId !== idea.siteId) edit.siteId = input.siteId;
  if (input.tags.join(',') !== idea.tags.join(',')) edit.tags = input.tags;
  return edit;
}

/** The author (until review starts) or a reviewer corrects what the idea says; the timeline records it. */
export function EditIdeaDialog({ idea }: { idea: Idea }) {
  const t = useT();
  const toast = useToast();
  const formId = useId();
  const { ref: formRef, focusFirstError } = useFocusFirstError();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState<EditInput>(() => fromIdea(idea));
  const form = useFormErrors(FIELDS);
  const edit = useEditIdea(idea.id);
  const sites = useQuery(sitesQuery);
  const tagsError = form.errors.tags ?? TAG_PATHS.map((path) => form.errors[path]).find(Boolean);
  const set = (patch: Partial<EditInput>) => setInput((current) => ({ ...current, ...patch }));

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setInput(fromIdea(idea));
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (input.title.trim().length < 3) missing.title = t('ideas.form.required.title');
    if (!input.problem.trim()) missing.problem = t('ideas.form.required.problem');
    if (!input.proposal.trim()) missing.proposal = t('ideas.form.required.proposal');
    if (Object.keys(missing).length > 0) {
      form.showFields(missing);
      focusFirstError();
      return;
    }
    const patch = changes(input, idea);
    if (Object.keys(patch).length === 0) {
      setOpen(false);
      return;
    }
    form.reset();
    edit.mutate(patch, {
      onSuccess: () => {
        setOpen(false);
        toast({ title: t('ideas.edit.saved'), tone: 'success' });
      },
      onError: (error) => {
        form.showFrom(error);
        focusFirstError();
      },
    });
  };

  return (
    <Dialog
      title={t('ideas.edit.title', { number: idea.number })}
      description={t('ideas.edit.intro')}
      open={open}
      onOpenChange={openChange}
      trigger={<Button variant="secondary">{t('ideas.edit.action')}</Button>}
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={edit.isPending}>
            {t('ideas.edit.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={formRef} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('ideas.form.ideaTitle')} {...form.bind('title')}>
          <Input value={input.title} maxLength={140} onChange={(event) => set({ title: event.target.value })} />
        </Field>
        <Field label={t('ideas.form.problem')} {...form.bind('problem')}>
          <Textarea rows={3} value={input.problem} maxLength={5000} onChange={(event) => set({ problem: event.target.value })} />
        </Field>
        <Field label={t('ideas.form.proposal')} hint={t('ideas.form.proposalHint')} {...form.bind('proposal')}>
          <Textarea rows={3} value={input.proposal} maxLength={10000} onChange={(event) => set({ proposal: event.target.value })} />
        </Field>
        <AreaPicker
          value={input.area}
          error={form.errors.area}
          onChange={(area) => {
            form.bind('area').onEdit();
            set({ area });
          }}
        />
        <Field label={t('ideas.form.site')} {...form.bind('siteId')}>
          <Select value={input.siteId ?? ''} onChange={(event) => set({ siteId: event.target.value || null })}>
            <option value="">{t('ideas.noSite')}</option>
            {/* The current site stays listed even before the list arrives. */}
            {input.siteId && !sites.data?.some((site) => site.id === input.siteId) && <option value={input.siteId}>…</option>}
            {(sites.data ?? []).map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </Select>
        </Field>
        <TagsInput tags={input.tags} onChange={(tags) => set({ tags })} error={tagsError} onEdit={() => form.bind('tags').onEdit()} />
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
