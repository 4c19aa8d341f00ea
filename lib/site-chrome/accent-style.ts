/**
 * The CSS custom properties for a newsroom's accent colour (`#rrggbb`): `--accent` and a
 * text colour readable on it (`--accent-fg`, dark or light by WCAG relative luminance), so
 * a pale accent still gives buttons legible labels. Null: keep the stylesheet's own.
 */
export function accentStyle(colour: string | null): Record<"--accent" | "--accent-fg", string> | null {
  const match = colour ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour) : null;
  if (!match || !colour) return null;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is (1.05)/(L+0.05), with near-black (L+0.05)/(0.0114+0.05): pick the larger.
  const onWhite = 1.05 / (luminance + 0.05);
  const onDark = (luminance + 0.05) / 0.0614;
  return { "--accent": colour.toLowerCase(), "--accent-fg": onWhite >= onDark ? "#ffffff" : "#1b1b1b" };
}

