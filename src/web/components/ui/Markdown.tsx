import { lazy, Suspense } from 'react';
import { cx } from './cx';
import { MENTION, MENTION_CLASSES } from './remark-safe-text';

// The parser is most of the weight, and only idea pages need it: the text shows as typed at
// once, and turns into formatted text when it has loaded.
const MarkdownRenderer = lazy(() => import('./MarkdownRenderer').then((module) => ({ default: module.MarkdownRenderer })));

/** The text as typed, with mentions already shown as names; what `Markdown` shows while it loads. */
function PlainText({ text, className }: { text: string; className?: string }) {
  const parts: (string | { name: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    parts.push(text.slice(last, match.index), { name: match[1]! });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <p className={cx('max-w-prose break-words whitespace-pre-wrap', className)}>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <span key={index} className={MENTION_CLASSES.join(' ')}>
            @{part.name}
          </span>
        ),
      )}
    </p>
  );
}

/**
 * Markdown as members write it (GitHub style: lists, emphasis, links, code, tables), with
 * `@[Name](person-id)` mentions shown as a highlighted name. Nothing typed ever becomes HTML.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <Suspense fallback={<PlainText text={text} className={className} />}>
      <MarkdownRenderer text={text} className={className} />
    </Suspense>
  );
}
