/**
 * Asks before the page leaves unsaved work: the editor sets a guard while it has unsaved edits; the app asks it
 * before following a link to another page of its own (a hash change), the browser before unloading.
 */
type Guard = () => boolean;

let guard: Guard | null = null;

const onBeforeUnload = (e: BeforeUnloadEvent) => {
  e.preventDefault();
  e.returnValue = '';
};

/** Sets (or with null clears) the question asked before leaving; true from it means leave. */
export function setLeaveGuard(g: Guard | null) {
  if (!!g !== !!guard) {
    if (g) window.addEventListener('beforeunload', onBeforeUnload);
    else window.removeEventListener('beforeunload', onBeforeUnload);
  }
  guard = g;
}

/** Whether the page may leave now (asks the guard, if one is set). */
export const mayLeave = () => !guard || guard();

export const UNSAVED = 'You have edits to your résumé that are not saved. Leave and discard them?';
