import { HEAD, type EditAction } from '../../editState';
import { normalizeLine } from '../../lines';
import { newId, type DocLine } from '../../resume';
import { unsupportedText } from '../../unsupported';
import { GrowingTextarea } from './GrowingTextarea';

/** Does an action, then moves focus to the element with this id and says what happened (live region). */
export type Act = (a: EditAction, focus?: string, say?: string) => void;

export const lineId = (l: { id: string }, part = 'text') => `ed-${l.id}-${part}`;
export const sectionId = (s: { id: string }, part: string) => `ed-${s.id}-${part}`;

const KIND: Record<DocLine['kind'], string> = { h1: 'name', h3: 'sub-heading', bullet: 'bullet', text: '' };

interface LineProps {
  line: DocLine;
  n: number;
  count: number;
  where: string;
  act: Act;
  /** The claims the last check found unsupported in this line, if it was marked. */
  claims: string[] | null;
  /** Id of the next line or, after the last, of the section's add button: where focus goes after a delete. */
  after: string;
}

function Line({ line, n, count, where, act, claims, after }: LineProps) {
  const id = lineId(line);
  const label = `${where}, line ${n} of ${count}${KIND[line.kind] ? ` (${KIND[line.kind]})` : ''}`;
  const move = (by: -1 | 1, focus: string) => {
    const to = n + by;
    if (to < 1 || to > count) return;
    act({ type: 'moveLine', line: line.id, by }, focus, `Moved to line ${to} of ${count} in ${where}.`);
  };
  const markId = claims ? lineId(line, 'mark') : undefined;
  return (
    <li class={`ed-line ${line.kind}${claims ? ' marked' : ''}`} data-testid="ed-line">
      <span class="ed-marker" aria-hidden="true">
        {line.kind === 'bullet' ? '•' : line.kind === 'h3' ? 'H' : line.kind === 'h1' ? '#' : ''}
      </span>
      <div class="ed-field">
        <label for={id} class="visually-hidden">
          {label}
        </label>
        <GrowingTextarea
          id={id}
          value={line.text}
          aria-describedby={markId}
          onValue={(text) => act({ type: 'edit', line: line.id, text })}
          onKeyDown={(e) => {
            if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
              e.preventDefault();
              move(e.key === 'ArrowUp' ? -1 : 1, id);
            }
          }}
        />
        {claims && (
          <p class="unsupported-mark" id={markId} data-testid="ed-unsupported">
            <span aria-hidden="true">⚠ </span>
            {unsupportedText(claims)}
          </p>
        )}
      </div>
      <div class="ed-tools" role="group" aria-label={`Line ${n}`}>
        <button type="button" class="tool" id={lineId(line, 'up')} aria-disabled={n === 1} onClick={() => move(-1, lineId(line, 'up'))}>
          <span aria-hidden="true">↑</span>
          <span class="visually-hidden">Move {label} up</span>
        </button>
        <button type="button" class="tool" id={lineId(line, 'down')} aria-disabled={n === count} onClick={() => move(1, lineId(line, 'down'))}>
          <span aria-hidden="true">↓</span>
          <span class="visually-hidden">Move {label} down</span>
        </button>
        <button
          type="button"
          class="tool danger-tool"
          id={lineId(line, 'del')}
          onClick={() => act({ type: 'delete', line: line.id }, after, `Deleted ${label}. Undo brings it back.`)}
        >
          <span aria-hidden="true">✕</span>
          <span class="visually-hidden">Delete {label}</span>
        </button>
      </div>
    </li>
  );
}

interface Props {
  /** The section, or the head (id HEAD, no heading). */
  section: { id: string; heading?: string; lines: DocLine[] };
  /** Position among the sections (1-based) and how many there are; absent for the head. */
  n?: number;
  count?: number;
  act: Act;
  unsupported: Map<string, string[]>;
}

/** A section of the résumé in the editor: its heading, its lines (each editable, movable, deletable), add a line. */
export function EditorSection({ section: s, n = 0, count = 0, act, unsupported }: Props) {
  const head = s.id === HEAD;
  const where = head ? 'Name and contact' : s.heading?.trim() || `Section ${n}`;
  const titleId = sectionId(s, 'title');
  const addId = sectionId(s, 'add');
  const moveSection = (by: -1 | 1, focus: string) => {
    const to = n + by;
    if (to < 1 || to > count) return;
    act({ type: 'moveSection', section: s.id, by }, focus, `Moved ${where} to section ${to} of ${count}.`);
  };
  return (
    <section class="ed-section" aria-labelledby={titleId} data-testid="ed-section">
      <div class="ed-section-head">
        {head ? (
          <h3 id={titleId}>Name and contact</h3>
        ) : (
          <>
            <h3 id={titleId} class="visually-hidden">
              {where}
            </h3>
            <div class="ed-heading">
              <label for={sectionId(s, 'heading')}>Section {n} heading</label>
              <input
                id={sectionId(s, 'heading')}
                type="text"
                value={s.heading}
                onInput={(e) => act({ type: 'heading', section: s.id, text: (e.currentTarget as HTMLInputElement).value })}
              />
            </div>
            <div class="ed-tools" role="group" aria-label={`Section ${where}`}>
              <button type="button" class="tool" id={sectionId(s, 'up')} aria-disabled={n === 1} onClick={() => moveSection(-1, sectionId(s, 'up'))}>
                <span aria-hidden="true">↑</span>
                <span class="visually-hidden">Move section {where} up</span>
              </button>
              <button
                type="button"
                class="tool"
                id={sectionId(s, 'down')}
                aria-disabled={n === count}
                onClick={() => moveSection(1, sectionId(s, 'down'))}
              >
                <span aria-hidden="true">↓</span>
                <span class="visually-hidden">Move section {where} down</span>
              </button>
            </div>
          </>
        )}
      </div>
      <ol class="ed-lines">
        {s.lines.map((l, i) => (
          <Line
            key={l.id}
            line={l}
            n={i + 1}
            count={s.lines.length}
            where={where}
            act={act}
            claims={unsupported.get(normalizeLine(l.text)) ?? null}
            after={s.lines[i + 1] ? lineId(s.lines[i + 1]) : s.lines[i - 1] ? lineId(s.lines[i - 1]) : addId}
          />
        ))}
      </ol>
      <button
        type="button"
        class="secondary small"
        id={addId}
        onClick={() => {
          const id = newId('l');
          act({ type: 'add', section: s.id, id }, lineId({ id }), `Added line ${s.lines.length + 1} to ${where}.`);
        }}
      >
        <span aria-hidden="true">+ </span>Add a line<span class="visually-hidden"> to {where}</span>
      </button>
    </section>
  );
}
