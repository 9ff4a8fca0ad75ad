import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

type Props = Omit<JSX.HTMLAttributes<HTMLTextAreaElement>, 'value' | 'onInput'> & {
  value: string;
  onValue: (value: string) => void;
};

/** A textarea as tall as its text (one row when short), growing and shrinking as it is typed in. */
export function GrowingTextarea({ value, onValue, class: cls, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = () => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    if (el.scrollHeight) el.style.height = `${el.scrollHeight + 2}px`;
  };
  useLayoutEffect(fit, [value]);
  useLayoutEffect(() => {
    // the width (and so the height the text needs) changes with the window
    addEventListener('resize', fit);
    return () => removeEventListener('resize', fit);
  }, []);
  return (
    <textarea
      ref={ref}
      rows={1}
      class={cls ? `grow ${cls}` : 'grow'}
      value={value}
      onInput={(e) => onValue((e.currentTarget as HTMLTextAreaElement).value)}
      {...rest}
    />
  );
}
