import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { ImportReport } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Input, Textarea } from '../../components/ui/Field';
import { UploadIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import type { Translate } from '../../i18n/translate';
import { sitesQuery, teamsQuery } from '../organisation/api';
import { useImportPeople } from './api';
import { blobHref, exampleCsv } from './csvExample';
import { ImportReportView } from './ImportReport';

const fileClasses =
  'py-2 file:mr-3 file:rounded-md file:border-0 file:bg-sunken file:px-3 file:py-1.5 file:font-medium file:text-ink';

interface Problem {
  /** Shown under the form, e.g. the server's "The first line must name the columns…". */
  summary?: string;
  /** Every reason the CSV itself was refused, shown next to it. */
  csv?: string;
}

/** A refusal of the whole file names each missing column under the same path, so all are kept. */
function describe(error: unknown, t: Translate): Problem {
  if (!(error instanceof ApiError)) return { summary: error instanceof TypeError ? t('errors.network') : t('errors.unexpected') };
  const reasons = error.errors.filter((item) => item.path === 'csv').map((item) => item.message);
  const others = error.errors.filter((item) => item.path !== 'csv').map((item) => item.message);
  return { summary: [error.detail ?? error.title, ...others].join(' '), csv: reasons.join(' ') || undefined };
}

/** Invites many people at once from a CSV file (chosen or pasted), then reports row by row. */
export function ImportDialog() {
  const t = useT();
  const formId = useId();
  const importer = useImportPeople();
  const sites = useQuery(sitesQuery);
  const teams = useQuery(teamsQuery);
  const [open, setOpen] = useState(false);
  const [csv, setCsv] = useState('');
  const [fileProblem, setFileProblem] = useState<string>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const example = useMemo(() => exampleCsv(sites.data ?? [], teams.data ?? []), [sites.data, teams.data]);
  const exampleRef = useMemo(() => blobHref(example), [example]);

  const start = () => {
    setCsv('');
    setFileProblem(undefined);
    setProblem(null);
    setReport(null);
  };
  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) start();
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileProblem(undefined);
    setProblem(null);
    if (!file) return;
    try {
      setCsv(await file.text());
    } catch {
      setFileProblem(t('people.import.unreadable'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!csv.trim()) return setProblem({ csv: t('people.import.empty') });
    setProblem(null);
    importer.mutate(csv, { onSuccess: setReport, onError: (error) => setProblem(describe(error, t)) });
  };

  return (
    <Dialog
      title={t('people.import.title')}
      description={report ? undefined : t('people.import.intro')}
      open={open}
      onOpenChange={openChange}
      trigger={
        <Button variant="secondary">
          <UploadIcon />
          {t('people.import.action')}
        </Button>
      }
      footer={
        report ? (
          <>
            <Button variant="secondary" onClick={start}>
              {t('people.import.again')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('people.import.done')}</Button>
          </>
        ) : (
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" form={formId} loading={importer.isPending}>
              {t('people.import.submit')}
            </Button>
          </>
        )
      }
    >
      {report ? (
        <ImportReportView report={report} />
      ) : (
        <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
          <section aria-labelledby={`${formId}-format`} className="flex flex-col gap-2 rounded-lg bg-sunken p-3">
            <h3 id={`${formId}-format`} className="font-semibold">
              {t('people.import.format')}
            </h3>
            <p className="text-small">{t('people.import.formatDetail')}</p>
            <pre className="font-mono text-small break-all whitespace-pre-wrap">email,name,role,sites,teams</pre>
            <a ref={exampleRef} download="sparkloop-people-example.csv" className="self-start">
              {t('people.import.example')}
            </a>
          </section>
          <Field label={t('people.import.file')} error={fileProblem}>
            <Input type="file" accept=".csv,text/csv" className={fileClasses} onChange={(event) => void chooseFile(event)} />
          </Field>
          <Field label={t('people.import.text')} error={problem?.csv} onEdit={() => setProblem(null)}>
            <Textarea
              rows={6}
              spellCheck={false}
              className="font-mono text-small"
              value={csv}
              onChange={(event) => setCsv(event.target.value)}
            />
          </Field>
          {problem?.summary && <Alert tone="error">{problem.summary}</Alert>}
        </form>
      )}
    </Dialog>
  );
}
