import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Page } from '../../components/layout/Page';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Card } from '../../components/ui/Card';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { organisationQuery } from './api';
import { OrganisationForm } from './OrganisationForm';
import { ResponsePromiseSection } from './ResponsePromiseSection';
import { RubricSection } from './RubricSection';
import { SitesSection } from './SitesSection';

export function OrganisationPage() {
  const me = useMe();
  return (
    <RequireAbility allowed={me?.abilities.updateOrganisation || me?.abilities.manageSites}>
      <OrganisationSettings readAudit={me?.abilities.readAudit ?? false} manageRubric={me?.abilities.manageRubric ?? false} />
    </RequireAbility>
  );
}

function OrganisationSettings({ readAudit, manageRubric }: { readAudit: boolean; manageRubric: boolean }) {
  const t = useT();
  const organisation = useQuery(organisationQuery);
  return (
    <Page title={t('organisation.title')}>
      {organisation.isPending && <FormSkeleton />}
      {organisation.isError && (
        <Alert tone="error" title={t('organisation.loadFailed')}>
          {organisation.error.message}
        </Alert>
      )}
      {organisation.data && (
        <>
          {organisation.data.abilities.update && (
            <Card title={t('organisation.settings')}>
              <OrganisationForm organisation={organisation.data} />
            </Card>
          )}
          {organisation.data.abilities.update && <ResponsePromiseSection organisation={organisation.data} />}
          {manageRubric && <RubricSection />}
          <SitesSection organisation={organisation.data} />
        </>
      )}
      {readAudit && (
        <Card title={t('audit.title')}>
          <p className="mb-4 text-muted">{t('organisation.auditIntro')}</p>
          <Button asChild variant="secondary">
            <Link to="/audit">{t('organisation.openAudit')}</Link>
          </Button>
        </Card>
      )}
    </Page>
  );
}

function FormSkeleton() {
  const t = useT();
  return (
    <div className="flex flex-col gap-4 rounded-card border border-line bg-surface p-6">
      <span role="status" className="sr-only">
        {t('common.loading')}
      </span>
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex flex-col gap-2">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-11 w-full" />
        </div>
      ))}
    </div>
  );
}
