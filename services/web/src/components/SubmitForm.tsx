import { useRef, useState } from 'preact/hooks';
import { newIdempotencyKey, ProblemError, type Api } from '../api';
import type { JobView } from '../types';
import { ACCEPT, checkDescription, checkFile, fileKind, formatBytes, MAX_DESCRIPTION } from '../validate';
import { ProblemBox } from './ProblemBox';

interface Props {
  api: Api;
  onSubmitted: (job: JobView) => void;
}

export function SubmitForm({ api, onSubmitted }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // One key per distinct submission: a double click or a retry of the same form gives the same job.
  const key = useRef<string | null>(null);

  const fileErrors = file ? checkFile(file) : [];

  const choose = (f: File | null) => {
    key.current = null;
    setFile(f);
    setProblem(null);
    setErrors(f ? checkFile(f) : []);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer?.files?.[0];
    if (f) choose(f);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const errs = [...checkFile(file), ...checkDescription(description)];
    setErrors(errs);
    setProblem(null);
    if (errs.length) {
      requestAnimationFrame(() => document.getElementById('submit-errors')?.focus());
      return;
    }
    key.current ??= newIdempotencyKey();
    setBusy(true);
    try {
      const job = await api.submit(file!, description, key.current);
      key.current = null;
      onSubmitted(job);
    } catch (err) {
      setProblem(err instanceof ProblemError ? err : new ProblemError('Upload failed', String(err), 0));
    } finally {
      setBusy(false);
    }
  };

  const count = description.length;
  return (
    <section class="card" aria-labelledby="submit-title">
      <h2 id="submit-title" tabIndex={-1}>
        New tailoring
      </h2>
      <form onSubmit={submit} noValidate>
        <fieldset class="step">
          <legend>1. Your résumé</legend>
          <div
            class={`dropzone${dragging ? ' dragging' : ''}${fileErrors.length ? ' invalid' : ''}${file ? ' has-file' : ''}`}
            onDragEnter={(e) => (e.preventDefault(), setDragging(true))}
            onDragOver={(e) => (e.preventDefault(), setDragging(true))}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="dropzone"
          >
            <input
              ref={input}
              id="resume"
              type="file"
              class="visually-hidden"
              accept={ACCEPT}
              aria-describedby="resume-hint"
              aria-invalid={fileErrors.length ? 'true' : undefined}
              onChange={(e) => choose((e.target as HTMLInputElement).files?.[0] ?? null)}
            />
            {file ? (
              <div class="file-chosen">
                <span class="file-icon" aria-hidden="true">
                  📄
                </span>
                <span>
                  <strong class="file-name">{file.name}</strong>
                  <span class="hint">
                    {' '}
                    {fileKind(file) ?? 'unknown type'} · {formatBytes(file.size)}
                  </span>
                </span>
                <label for="resume" class="button secondary">
                  Replace
                </label>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    choose(null);
                    if (input.current) input.current.value = '';
                  }}
                >
                  Remove<span class="visually-hidden"> {file.name}</span>
                </button>
              </div>
            ) : (
              <label for="resume" class="drop-label">
                <span class="drop-icon" aria-hidden="true">
                  ⇪
                </span>
                <span>
                  <strong>Choose a file</strong> or drag it here
                </span>
              </label>
            )}
            <p class="hint" id="resume-hint">
              PDF, Word (DOCX), Markdown or text · up to 5 MB
            </p>
          </div>
        </fieldset>

        <fieldset class="step">
          <legend>2. The job</legend>
          <label for="jd">Job description</label>
          <textarea
            id="jd"
            rows={10}
            aria-describedby="jd-count"
            value={description}
            placeholder="Paste the whole job posting: responsibilities, requirements, nice-to-haves…"
            onInput={(e) => {
              key.current = null;
              setDescription((e.target as HTMLTextAreaElement).value);
            }}
          />
          <p id="jd-count" class={`hint counter${count > MAX_DESCRIPTION ? ' over' : ''}`}>
            {count.toLocaleString('en')} / {MAX_DESCRIPTION.toLocaleString('en')} characters
          </p>
        </fieldset>

        {errors.length > 0 && (
          <div id="submit-errors" class="problem" role="alert" tabIndex={-1}>
            <strong>Please fix {errors.length === 1 ? 'this' : 'these'} first:</strong>
            <ul>
              {errors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        <ProblemBox error={problem} />

        <button type="submit" class="primary big" disabled={busy} aria-disabled={busy}>
          {busy ? 'Uploading…' : 'Tailor my résumé'}
        </button>
      </form>
    </section>
  );
}
