import { createContext, use, useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './cx';

interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

const FieldContext = createContext<FieldControl | null>(null);

export interface FieldProps {
  label: string;
  hint?: string;
  /** Server or client message for this field; shown under the control and announced with it. */
  error?: string | undefined;
  /** Called on the first edit after an error, so the form can drop the stale message. */
  onEdit?: () => void;
  children: ReactNode;
  className?: string;
}

/** Label, hint and error around one `Input`, `Textarea` or `Select`, wired for screen readers. */
export function Field({ label, hint, error, onEdit, children, className }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const control: FieldControl = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  };

  return (
    <div className={cx('flex flex-col gap-1.5', className)} onInput={error ? onEdit : undefined}>
      <label htmlFor={id} className="text-small font-medium text-ink">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-small text-muted">
          {hint}
        </p>
      )}
      <FieldContext value={control}>{children}</FieldContext>
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-small font-medium text-danger">
          <svg className="mt-0.5 size-4 shrink-0" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.9 4h1.8v5H9.1V6Zm0 6.5h1.8v1.8H9.1v-1.8Z" />
          </svg>
          {error}
        </p>
      )}
    </div>
  );
}

function useFieldControl(): FieldControl {
  const control = use(FieldContext);
  if (!control) throw new Error('Input, Textarea and Select must be placed inside a Field.');
  return control;
}

const controlClasses =
  'w-full rounded-lg border border-control bg-surface px-3 text-body text-ink placeholder:text-muted aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input {...useFieldControl()} className={cx(controlClasses, 'min-h-11', className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea {...useFieldControl()} className={cx(controlClasses, 'min-h-24 py-2', className)} rows={4} {...props} />
  );
}

export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select {...useFieldControl()} className={cx(controlClasses, 'min-h-11', className)} {...props} />;
}
