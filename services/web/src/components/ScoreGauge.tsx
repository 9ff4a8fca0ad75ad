export function scoreBand(score: number): { label: string; cls: string } {
  if (score >= 75) return { label: 'Strong match', cls: 'good' };
  if (score >= 50) return { label: 'Partial match', cls: 'fair' };
  return { label: 'Weak match', cls: 'poor' };
}

/** A half-circle gauge 0-100 with the number in the middle. */
export function ScoreGauge({ score }: { score: number }) {
  const s = Math.max(0, Math.min(100, Math.round(score)));
  const band = scoreBand(s);
  return (
    <figure class={`gauge ${band.cls}`}>
      <svg viewBox="0 0 120 80" role="img" aria-labelledby="gauge-title" width="220" height="147">
        <title id="gauge-title">{`Match score ${s} out of 100: ${band.label}`}</title>
        <path d="M10 62 A50 50 0 0 1 110 62" class="gauge-track" pathLength={100} />
        <path
          d="M10 62 A50 50 0 0 1 110 62"
          class="gauge-value"
          pathLength={100}
          stroke-dasharray={`${s} 100`}
          data-testid="gauge-value"
        />
        <text x="60" y="56" text-anchor="middle" class="gauge-number" data-testid="score">
          {s}
        </text>
        <text x="10" y="78" text-anchor="middle" class="gauge-tick">
          0
        </text>
        <text x="110" y="78" text-anchor="middle" class="gauge-tick">
          100
        </text>
      </svg>
      <figcaption>
        <strong>{band.label}</strong>
      </figcaption>
    </figure>
  );
}
