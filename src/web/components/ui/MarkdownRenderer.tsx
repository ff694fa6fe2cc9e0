import { useMemo, type ReactNode } from 'react';
import ReactMarkdown, { type Components, type Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { useT } from '../../i18n';
import { cx } from './cx';
import { extractMentions, MENTION_CLASSES, remarkSafeText } from './remark-safe-text';

/*
 * Everything else is dropped. Raw HTML never gets here: `remarkSafeText` has already turned it
 * into the text that was typed, so "<b>" in a comment reads as "<b>" (and `skipHtml` would drop
 * any that slipped through). Footnotes (section, sup) and task-list checkboxes (input) are left out.
 */
const ALLOWED = [
  'p', 'br', 'strong', 'em', 'del', 'a', 'span', 'img', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

/** Whether `href` leaves the app, and so opens in a new tab. */
function isExternal(href: string | undefined): boolean {
  if (!href) return false;
  try {
    const url = new URL(href, window.location.href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== window.location.origin;
  } catch {
    return false;
  }
}

function UserLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const t = useT();
  const external = isExternal(href);
  return (
    // Written by members, so never vouched for (nofollow) and never given a handle on this page.
    <a href={href} rel="noopener noreferrer nofollow" target={external ? '_blank' : undefined} className="break-all">
      {children}
      {external && <span className="sr-only"> {t('common.opensInNewTab')}</span>}
    </a>
  );
}

// Headings start at h3: a text always sits under the page's h1 and a section's h2.
const components: Components = {
  h1: ({ node: _node, ...props }) => <h3 className="text-heading" {...props} />,
  h2: ({ node: _node, ...props }) => <h4 className="font-semibold" {...props} />,
  h3: ({ node: _node, ...props }) => <h5 className="font-semibold" {...props} />,
  h4: ({ node: _node, ...props }) => <h6 className="font-semibold" {...props} />,
  h5: ({ node: _node, ...props }) => <h6 className="font-semibold" {...props} />,
  h6: ({ node: _node, ...props }) => <h6 className="font-semibold" {...props} />,
  a: ({ href, children }) => <UserLink href={href}>{children}</UserLink>,
  // Pictures from elsewhere are not loaded (the page's policy blocks them anyway): a link instead.
  img: ({ src, alt }) => <UserLink href={typeof src === 'string' ? src : undefined}>{alt || src}</UserLink>,
  ul: ({ node: _node, ...props }) => <ul className="flex list-disc flex-col gap-1 pl-6" {...props} />,
  ol: ({ node: _node, ...props }) => <ol className="flex list-decimal flex-col gap-1 pl-6" {...props} />,
  blockquote: ({ node: _node, ...props }) => <blockquote className="border-l-4 border-line pl-3 text-muted" {...props} />,
  code: ({ node: _node, className, ...props }) => (
    <code className={cx('rounded bg-sunken px-1 font-mono text-small', className)} {...props} />
  ),
  // Focusable so a keyboard can scroll a long line sideways.
  pre: ({ node: _node, ...props }) => (
    <pre tabIndex={0} className="overflow-x-auto rounded-lg bg-sunken p-3 font-mono text-small [&>code]:p-0" {...props} />
  ),
  hr: () => <hr className="border-line" />,
  table: ({ node: _node, ...props }) => (
    <div tabIndex={0} className="overflow-x-auto">
      <table className="border-collapse text-small" {...props} />
    </div>
  ),
  th: ({ node: _node, ...props }) => <th className="border border-line px-2 py-1 text-left font-semibold" {...props} />,
  td: ({ node: _node, ...props }) => <td className="border border-line px-2 py-1" {...props} />,
};

/** The parser and its plugins; loaded on demand by `Markdown`, which says what it renders. */
export function MarkdownRenderer({ text, className }: { text: string; className?: string }) {
  const { source, remarkPlugins } = useMemo(() => {
    const { source, mentions } = extractMentions(text);
    const remarkPlugins: Options['remarkPlugins'] = [remarkGfm, [remarkSafeText, { mentions, className: MENTION_CLASSES }]];
    return { source, remarkPlugins };
  }, [text]);

  return (
    <div className={cx('flex max-w-prose flex-col gap-3 break-words', className)}>
      <ReactMarkdown remarkPlugins={remarkPlugins} allowedElements={ALLOWED} components={components} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
