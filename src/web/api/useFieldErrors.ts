import { useCallback, useState } from 'react';
import { ApiError } from './client';

/**
 * Holds the per-field messages of a failed submit so each `Field` shows its own error,
 * and drops a field's message as soon as the user edits that field.
 *
 * Usage: `<Field label=… {...fieldErrors.bind('title')}>` and, in the mutation's `onError`,
 * `if (!fieldErrors.showFrom(error)) toast(…)`.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});

  /** Shows the field errors carried by `error`; false when it has none (show it elsewhere). */
  const showFrom = useCallback((error: unknown): boolean => {
    const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
    setErrors(fieldErrors);
    return Object.keys(fieldErrors).length > 0;
  }, []);

  /** Shows messages found in the browser (e.g. a required field left empty). */
  const show = useCallback((messages: Record<string, string>) => setErrors(messages), []);

  const clear = useCallback((path: string) => {
    setErrors((current) => {
      if (!(path in current)) return current;
      const next = { ...current };
      delete next[path];
      return next;
    });
  }, []);

  const bind = (path: string) => ({ error: errors[path], onEdit: () => clear(path) });

  return { errors, showFrom, show, clear, bind };
}
