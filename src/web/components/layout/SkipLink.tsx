import { useT } from '../../i18n';

export function SkipLink() {
  const t = useT();
  return (
    <a
      href="#main"
      className="sr-only rounded-lg bg-primary font-medium text-on-primary no-underline focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-3"
    >
      {t('app.skipToContent')}
    </a>
  );
}
