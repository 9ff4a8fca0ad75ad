import type { RequirementResult, Skill } from '../types';

interface Props {
  matched: Skill[];
  missing: Skill[];
  requirements: RequirementResult[];
}

/** Bars for matched vs missing skills and the requirements by verdict, as inline SVG. */
export function SkillsChart({ matched, missing, requirements }: Props) {
  const covered = requirements.filter((r) => r.verdict === 'COVERED').length;
  const weak = requirements.filter((r) => r.verdict === 'WEAK').length;
  const absent = requirements.filter((r) => r.verdict === 'MISSING').length;
  const max = Math.max(1, matched.length, missing.length);
  const W = 300; // bar area width
  const X = 110; // label column
  const row = (y: number, label: string, n: number, cls: string) => (
    <g>
      <text x={X - 8} y={y + 15} text-anchor="end" class="chart-label">
        {label}
      </text>
      <rect x={X} y={y} width={W} height={22} rx={4} class="chart-track" />
      <rect x={X} y={y} width={(n / max) * W} height={22} rx={4} class={cls} data-testid={`bar-${cls}`} />
      <text x={X + Math.max((n / max) * W, 0) + 6} y={y + 16} class="chart-value">
        {n}
      </text>
    </g>
  );
  const total = Math.max(1, requirements.length);
  let x = X;
  const seg = (n: number, cls: string) => {
    const w = (n / total) * W;
    const r = <rect x={x} y={96} width={w} height={22} class={cls} />;
    x += w;
    return r;
  };
  const desc = `Skills the job names: ${matched.length} found in your résumé, ${missing.length} not found. Requirements: ${covered} covered, ${weak} weak, ${absent} missing.`;
  return (
    <figure class="chart">
      <svg viewBox="0 0 440 150" role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMinYMin meet">
        <title id="chart-title">Matched vs missing skills</title>
        <desc id="chart-desc">{desc}</desc>
        {row(8, 'Skills matched', matched.length, 'bar-matched')}
        {row(42, 'Skills missing', missing.length, 'bar-missing')}
        <text x={X - 8} y={111} text-anchor="end" class="chart-label">
          Requirements
        </text>
        {seg(covered, 'bar-matched')}
        {seg(weak, 'bar-weak')}
        {seg(absent, 'bar-missing')}
        <text x={X} y={140} class="chart-legend">
          {`${covered} covered · ${weak} weak · ${absent} missing`}
        </text>
      </svg>
      <figcaption class="visually-hidden">{desc}</figcaption>
    </figure>
  );
}
