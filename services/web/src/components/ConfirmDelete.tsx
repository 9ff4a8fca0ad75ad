import { useEffect, useRef, useState } from 'preact/hooks';
import { ProblemError } from '../api';

interface Props {
  label: string;
  onConfirm: () => Promise<void>;
  buttonText?: string;
}

/** A delete button that asks inline ("Delete X and its data?") with focus on the safe choice. */
export function ConfirmDelete({ label, onConfirm, buttonText = 'Delete' }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) deleteRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={deleteRef} type="button" class="danger-outline" onClick={() => setAsking(true)}>
        {buttonText}
        <span class="visually-hidden"> {label}</span>
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-label={`Confirm deleting ${label}`}
      onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
    >
      <span>Delete “{label}” and its data? This cannot be undone.</span>
      <button
        type="button"
        class="danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await onConfirm();
          } catch (e) {
            setError(e instanceof ProblemError ? e.message : String(e));
            setBusy(false);
          }
        }}
      >
        {busy ? 'Deleting…' : 'Yes, delete'}
      </button>
      <button ref={cancelRef} type="button" class="secondary" onClick={() => setAsking(false)} disabled={busy}>
        Cancel
      </button>
      {error && (
        <span role="alert" class="error-text">
          {error}
        </span>
      )}
    </div>
  );
}
