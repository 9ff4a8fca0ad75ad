import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export const NARROW = '(max-width: 760px)';

const narrowNow = () => typeof matchMedia === 'function' && matchMedia(NARROW).matches;

/** Whether the screen is phone-narrow, following changes (rotation, resizing). */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(narrowNow);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const q = matchMedia(NARROW);
    const on = () => setNarrow(q.matches);
    q.addEventListener?.('change', on);
    return () => q.removeEventListener?.('change', on);
  }, []);
  return narrow;
}

interface Props {
  id: string;
  title: string;
  class?: string;
  /** On narrow screens the section folds into a details/summary; open tells whether it is unfolded. */
  narrow: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
}

export function Section({ id, title, class: cls, narrow, open, onToggle, children }: Props) {
  const heading = <h2 id={id}>{title}</h2>;
  return (
    <section class={cls ? `card ${cls}` : 'card'} aria-labelledby={id}>
      {narrow ? (
        <details class="fold" open={open} onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{heading}</summary>
          {children}
        </details>
      ) : (
        <>
          {heading}
          {children}
        </>
      )}
    </section>
  );
}
