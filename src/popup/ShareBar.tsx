/** A compact bar showing a share (0–1); decorative, as the share is also given in words beside it. */
export function ShareBar({ share }: { share: number }) {
  const pct = Math.max(0, Math.min(100, Math.round((Number.isFinite(share) ? share : 0) * 100)));
  return (
    <span class="bar" aria-hidden="true">
      <span class="bar-fill" style={{ width: `${pct}%` }} />
    </span>
  );
}
