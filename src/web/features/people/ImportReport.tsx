import type { ImportReport } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { useT } from '../../i18n';

const COLUMNS = new Set(['email', 'name', 'role', 'sites', 'teams']);

/** Moves focus to the summary when the report replaces the form, so keyboard users land on it. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** What an import did: how many were invited, and every reason each other row was refused. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const invited = report.invited.length;
  const failed = report.failed.length;
  const invitedTitle =
    invited === 0
      ? t('people.import.invitedNone')
      : invited === 1
        ? t('people.import.invitedOne')
        : t('people.import.invitedOther', { count: invited });

  return (
    <div className="flex flex-col gap-5">
      <div ref={focusOnMount} tabIndex={-1} className="outline-none">
        <Alert tone={invited > 0 ? 'success' : 'info'} title={invitedTitle}>
          {invited > 0 && t('people.import.invitedDetail')}
        </Alert>
      </div>
      {failed > 0 && (
        <table className="w-full table-fixed border-collapse text-left text-small">
          <caption className="mb-2 text-left">
            <span className="block text-heading">
              {failed === 1 ? t('people.import.failedOne') : t('people.import.failedOther', { count: failed })}
            </span>
            <span className="block text-muted">{t('people.import.failedDetail')}</span>
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="w-12 py-2 pr-2 font-semibold">
                {t('people.import.row')}
              </th>
              <th scope="col" className="w-[35%] py-2 pr-2 font-semibold">
                {t('people.import.email')}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t('people.import.reasons')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.failed.map((row) => (
              <tr key={row.row} className="border-b border-line align-top">
                <td className="py-2 pr-2">{row.row}</td>
                <td className="py-2 pr-2 break-all">{row.email}</td>
                <td className="py-2">
                  <ul className="flex flex-col gap-1">
                    {row.errors.map((error, index) => (
                      <li key={index} className="break-words">
                        {COLUMNS.has(error.path) && <span className="font-mono text-muted">{error.path}: </span>}
                        {error.message}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
