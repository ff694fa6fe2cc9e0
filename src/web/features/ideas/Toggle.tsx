import { useId } from 'react';

export interface ToggleProps {
  label: string;
  /** One line saying what switching it on does. */
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off choice with its consequence spelt out underneath; the whole card is the hit area. */
export function Toggle({ label, hint, checked, onChange }: ToggleProps) {
  const id = useId();
  return (
    <div className="relative flex items-start gap-3 rounded-lg border border-line bg-surface p-3 has-checked:border-primary has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-hint`}
        className="relative z-10 mt-0.5 size-5 shrink-0 accent-primary focus-visible:outline-none"
      />
      <div className="flex flex-col">
        <label htmlFor={id} className="cursor-pointer font-medium after:absolute after:inset-0 after:content-['']">
          {label}
        </label>
        <span id={`${id}-hint`} className="text-small text-muted">
          {hint}
        </span>
      </div>
    </div>
  );
}
