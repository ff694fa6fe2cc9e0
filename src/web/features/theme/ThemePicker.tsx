import { useState } from 'react';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { readThemeChoice, saveThemeChoice, themeChoices, type ThemeChoice } from './theme';

/** System / Light / Dark as a native radio group: arrow keys move, the choice applies at once. */
export function ThemePicker() {
  const t = useT();
  const toast = useToast();
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);

  const choose = (next: ThemeChoice) => {
    setChoice(next);
    if (!saveThemeChoice(next)) {
      toast({
        title: t('settings.appearance.notSaved'),
        description: t('settings.appearance.notSavedDetail'),
        tone: 'error',
      });
    }
  };

  const labels = {
    system: [t('settings.appearance.system'), t('settings.appearance.systemHint')],
    light: [t('settings.appearance.light'), t('settings.appearance.lightHint')],
    dark: [t('settings.appearance.dark'), t('settings.appearance.darkHint')],
  } satisfies Record<ThemeChoice, [string, string]>;

  return (
    <fieldset>
      <legend className="mb-3 text-small font-medium text-ink">{t('settings.appearance.theme')}</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        {themeChoices.map((option) => {
          const [label, hint] = labels[option];
          return (
            // The label holds only the name; its ::after stretches over the card so all of it is clickable.
            <div
              key={option}
              className="relative flex min-h-11 items-start gap-3 rounded-lg border border-control bg-surface p-3 has-checked:border-2 has-checked:border-primary has-checked:bg-accent-soft has-checked:p-[11px] has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus"
            >
              <input
                type="radio"
                id={`theme-${option}`}
                name="theme"
                value={option}
                checked={choice === option}
                onChange={() => choose(option)}
                aria-describedby={`theme-${option}-hint`}
                className="relative z-10 mt-0.5 size-5 shrink-0 accent-primary focus-visible:outline-none"
              />
              <div className="flex flex-col">
                <label
                  htmlFor={`theme-${option}`}
                  className="cursor-pointer font-medium text-ink after:absolute after:inset-0 after:content-['']"
                >
                  {label}
                </label>
                <span id={`theme-${option}-hint`} className="text-small text-muted">
                  {hint}
                </span>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
