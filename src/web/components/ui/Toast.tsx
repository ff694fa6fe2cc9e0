import { createContext, use, useCallback, useRef, useState, type ReactNode } from 'react';
import { Toast as RadixToast } from 'radix-ui';
import { useT } from '../../i18n';
import { cx } from './cx';
import { CloseIcon } from './icons';

export interface ToastMessage {
  title: string;
  description?: string;
  tone?: 'info' | 'success' | 'error';
}

type ShowToast = (message: ToastMessage) => void;

const ToastContext = createContext<ShowToast | null>(null);

const toneBorder = {
  info: 'border-l-control',
  success: 'border-l-success',
  error: 'border-l-danger',
};

/** Hosts the toasts for the whole app; place once near the root. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Array<ToastMessage & { id: number }>>([]);
  const lastId = useRef(0);

  const show = useCallback<ShowToast>((message) => {
    lastId.current += 1;
    const id = lastId.current;
    setToasts((current) => [...current, { ...message, id }]);
  }, []);

  const remove = (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id));

  return (
    <ToastContext value={show}>
      <RadixToast.Provider label={t('common.notifications')} duration={6000}>
        {children}
        {toasts.map(({ id, title, description, tone = 'info' }) => (
          <RadixToast.Root
            key={id}
            type={tone === 'error' ? 'foreground' : 'background'}
            onOpenChange={(open) => !open && remove(id)}
            className={cx(
              'flex items-start gap-3 rounded-card border border-l-4 border-line bg-surface p-4 text-ink shadow-card motion-safe:animate-toast-in',
              toneBorder[tone],
            )}
          >
            <div className="min-w-0 flex-1">
              <RadixToast.Title className="font-semibold">{title}</RadixToast.Title>
              {description && (
                <RadixToast.Description className="mt-1 text-small text-muted">{description}</RadixToast.Description>
              )}
            </div>
            <RadixToast.Close
              className="-m-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-muted hover:bg-sunken hover:text-ink"
              aria-label={t('common.dismiss')}
            >
              <CloseIcon />
            </RadixToast.Close>
          </RadixToast.Root>
        ))}
        {/* Above the phone bottom bar; bottom-right from tablet up. */}
        <RadixToast.Viewport
          label={t('common.notifications')}
          className="fixed inset-x-4 bottom-24 z-50 flex flex-col gap-2 outline-none md:inset-x-auto md:right-6 md:bottom-6 md:w-96"
        />
      </RadixToast.Provider>
    </ToastContext>
  );
}

/** Returns `toast({ title, description?, tone? })`. */
export function useToast(): ShowToast {
  const show = use(ToastContext);
  if (!show) throw new Error('useToast must be used inside ToastProvider.');
  return show;
}
