import { cx } from './cx';

const sizes = {
  sm: 'size-6 text-[0.625rem]',
  md: 'size-10 text-small',
  lg: 'size-20 text-title',
};

/** Up to two letters: the first of the first and of the last word ("Ana Sousa" → "AS"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((word) => Array.from(word)[0]!.toLocaleUpperCase()).join('');
}

export interface AvatarProps {
  name: string;
  /** A data URL or address of the picture; initials are shown without one. */
  image?: string | null;
  size?: keyof typeof sizes;
  /** Names the picture when it stands alone (a preview); omit when the name is next to it. */
  alt?: string;
  className?: string;
}

/**
 * Someone's picture, or their initials. Decorative by default: it sits next to the person's name
 * (or a label such as "Profile"), which is what assistive technology reads.
 */
export function Avatar({ name, image, size = 'md', alt = '', className }: AvatarProps) {
  const classes = cx('inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full', sizes[size], className);
  if (image) return <img src={image} alt={alt} className={cx(classes, 'bg-sunken object-cover')} />;
  return (
    <span aria-hidden="true" className={cx(classes, 'border border-line bg-accent-soft font-semibold text-ink')}>
      {initials(name)}
    </span>
  );
}
