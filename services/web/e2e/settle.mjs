// Waits the page scripts share instead of fixed sleeps: each resolves when the condition a sleep stood for holds.

/** Two animation frames: what a change has made the page render is painted. */
export const painted = (page) =>
  page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));

/**
 * Resizes the viewport and waits until the page has seen it: innerWidth is the new width, its resize handlers (and
 * media-query listeners, which run in the same frame) have run, and the result is painted.
 */
export async function resizeTo(page, viewport) {
  await page.evaluate((width) => {
    globalThis.__tailorResized = new Promise((ok) => {
      const seen = () => {
        if (innerWidth !== width) return;
        removeEventListener('resize', seen);
        ok();
      };
      addEventListener('resize', seen);
    });
  }, viewport.width);
  await page.setViewportSize(viewport);
  await page.evaluate(() => globalThis.__tailorResized);
  await painted(page);
}

/**
 * Waits until the element stops moving (a smooth scroll to it has ended): its box is the same for `frames`
 * consecutive animation frames.
 */
export function stopsMoving(locator, { frames = 3, timeout = 5_000 } = {}) {
  return locator.evaluate(
    (el, { frames, timeout }) =>
      new Promise((ok, fail) => {
        const until = performance.now() + timeout;
        let last = '';
        let same = 0;
        const look = () => {
          const r = el.getBoundingClientRect();
          const now = `${r.top},${r.left},${r.width},${r.height}`;
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= frames) ok();
          else if (performance.now() > until) fail(new Error(`still moving after ${timeout} ms`));
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    { frames, timeout },
  );
}

/** Waits until the fonts are loaded and every finite animation or transition on the page has finished. */
export async function animationsDone(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => {})));
  });
  await painted(page);
}
