import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { ProblemError, type Api } from '../../api';
import { editReducer, HEAD, initEdit, isChanged, markdownOf, undoLabel, type EditAction } from '../../editState';
import { setLeaveGuard, UNSAVED } from '../../leave';
import type { JobResult, JobView } from '../../types';
import { unsupportedByLine } from '../../unsupported';
import { ProblemBox } from '../ProblemBox';
import { EditChanges } from './EditChanges';
import { EditorSection } from './EditorSection';

/** The api refuses a revision longer than this (characters). */
export const MAX_REVISION = 100_000;

interface Props {
  api: Api;
  jobId: string;
  result: JobResult;
  onCancel: () => void;
  /** The edit was saved: the new job (a revision) to follow. */
  onSaved: (job: JobView) => void;
}

/** The tailored résumé to edit line by line, with the tailor's changes to accept or reject; saved as a new revision. */
export function Editor({ api, jobId, result, onCancel, onSaved }: Props) {
  const [state, dispatch] = useReducer(editReducer, result, initEdit);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<ProblemError | { title: string; detail: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const focusNext = useRef<string | null>(null);
  const unsupported = useMemo(() => unsupportedByLine(result.tailoring), [result]);
  const changed = isChanged(state);

  useEffect(() => {
    document.getElementById('editor-title')?.focus();
  }, []);

  useLayoutEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id) document.getElementById(id)?.focus();
  });

  useEffect(() => {
    setLeaveGuard(changed ? () => confirm(UNSAVED) : null);
  }, [changed]);
  useEffect(() => () => setLeaveGuard(null), []);

  const act = (a: EditAction, focus?: string, say?: string) => {
    dispatch(a);
    if (focus) focusNext.current = focus;
    if (say) setSaid(say);
  };

  const undo = undoLabel(state);
  const markdown = markdownOf(state);

  const save = async () => {
    setProblem(null);
    if (!markdown.trim()) {
      setProblem({ title: 'Nothing to save', detail: 'The résumé is empty; add its lines back (Undo) or cancel.' });
      return;
    }
    if (markdown.length > MAX_REVISION) {
      setProblem({
        title: 'Too long to save',
        detail: `The résumé has ${markdown.length.toLocaleString()} characters; at most ${MAX_REVISION.toLocaleString()} can be saved.`,
      });
      return;
    }
    if (!changed) {
      setProblem({ title: 'Nothing has changed yet', detail: 'Edit a line or reject a change first, or cancel.' });
      return;
    }
    setBusy(true);
    try {
      const job = await api.revise(jobId, markdown);
      setLeaveGuard(null);
      onSaved(job);
    } catch (e) {
      setBusy(false);
      setProblem(e instanceof ProblemError ? e : new ProblemError('Could not save', String(e), 0));
      requestAnimationFrame(() => document.getElementById('editor-problem')?.focus());
    }
  };

  const cancel = () => {
    if (changed && !confirm(UNSAVED)) return;
    setLeaveGuard(null);
    onCancel();
  };

  const { head, sections } = state.doc;
  return (
    <section class="card editor" aria-labelledby="editor-title" data-testid="editor">
      <h2 id="editor-title" tabIndex={-1}>
        Edit your tailored résumé
      </h2>
      <p class="hint">
        Change any line, move lines and sections, delete or add lines, and accept or reject what Tailor changed. Saving makes a
        new revision with new downloads; this version stays in your history. Lines your résumé does not support are marked,
        not removed. Keyboard: Alt+↑ / Alt+↓ in a line moves it.
      </p>

      <section class="ed-block" aria-labelledby="ed-changes-title">
        <h3 id="ed-changes-title">What Tailor changed</h3>
        <EditChanges state={state} act={act} />
      </section>

      <section class="ed-block" aria-labelledby="ed-doc-title">
        <h3 id="ed-doc-title">Your résumé, line by line</h3>
        <EditorSection section={{ id: HEAD, lines: head }} act={act} unsupported={unsupported} />
        {sections.map((s, i) => (
          <EditorSection key={s.id} section={s} n={i + 1} count={sections.length} act={act} unsupported={unsupported} />
        ))}
      </section>

      <div class="ed-bar" role="group" aria-label="Save or cancel">
        <button type="button" class="primary" onClick={save} disabled={busy} data-testid="save-revision">
          {busy ? 'Saving…' : 'Save as new revision'}
        </button>
        <button
          type="button"
          class="secondary"
          id="ed-undo"
          aria-disabled={!undo}
          onClick={() => undo && act({ type: 'undo' }, 'ed-undo', `Undone: ${undo}.`)}
        >
          <span aria-hidden="true">↶ </span>
          Undo{undo && <span class="undo-what"> {undo}</span>}
        </button>
        <button type="button" class="secondary" onClick={cancel} disabled={busy}>
          Cancel
        </button>
        <span class="hint ed-state">{changed ? 'Unsaved changes' : 'No changes yet'}</span>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="ed-said">
        {said}
      </p>
      <div id="editor-problem" tabIndex={-1}>
        <ProblemBox error={problem} />
      </div>
    </section>
  );
}
