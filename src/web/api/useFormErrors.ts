import { useCallback, useState } from 'react';
import { useT } from '../i18n';
import { ApiError } from './client';
import { useFieldErrors } from './useFieldErrors';

/**
 * `useFieldErrors` for a whole form: messages for the form's own fields appear next to their
 * inputs; everything else (a refusal, a rate limit, a field path the form does not show, the
 * network) becomes one form-level message, so no answer from the server is ever swallowed.
 *
 * `fields` lists the paths the form shows next to inputs; pass a constant.
 */
export function useFormErrors(fields: readonly string[]) {
  const t = useT();
  const { showFrom: showFieldErrors, show, bind, errors } = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);

  const showFrom = useCallback(
    (error: unknown) => {
      showFieldErrors(error);
      if (!(error instanceof ApiError)) {
        setFormError(error instanceof TypeError ? t('errors.network') : t('errors.unexpected'));
        return;
      }
      const entries = Object.entries(error.fieldErrors);
      const unmatched = entries.filter(([path]) => !fields.includes(path)).map(([, message]) => message);
      if (entries.length === 0) setFormError(error.detail ?? error.title);
      else setFormError(unmatched.length ? unmatched.join(' ') : null);
    },
    [showFieldErrors, fields, t],
  );

  const reset = useCallback(() => {
    showFieldErrors(null);
    setFormError(null);
  }, [showFieldErrors]);

  /** Shows messages found in the browser, e.g. `{ email: 'Enter your e-mail address' }`. */
  const showFields = useCallback(
    (messages: Record<string, string>) => {
      show(messages);
      setFormError(null);
    },
    [show],
  );

  return { bind, errors, formError, showFrom, showFields, reset };
}
