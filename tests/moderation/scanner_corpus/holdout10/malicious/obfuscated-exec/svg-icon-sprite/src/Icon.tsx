import type { IconName } from './icon-names';

export function Icon({ name, size = 20, label }: { name: IconName; size?: number; label?: string }) {
  return (
    <svg width={size} height={size} role={label ? 'img' : 'presentation'} aria-label={label}>
      <use href={`/sprite.svg#i-${name}`} />
    </svg>
  );
}
