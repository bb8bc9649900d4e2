/** Relatieve luminantie en contrastverhouding volgens WCAG 2.2 (1.4.3, 1.4.11). */
export function kanalen(kleur: string): [number, number, number, number] {
  // color-mix() in srgb berekent tot color(srgb r g b / a), met kanalen van 0 tot 1.
  if (kleur.startsWith('color(srgb')) {
    const [r = 0, g = 0, b = 0, a = 1] = kleur.match(/-?[\d.]+(e-?\d+)?/g)?.map(Number) ?? [];
    return [r * 255, g * 255, b * 255, kleur.includes('/') ? a : 1];
  }
  if (kleur === 'transparent') return [0, 0, 0, 0];
  const getallen = kleur.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = 1] = getallen;
  return [r, g, b, kleur.startsWith('rgba') ? a : 1];
}

export function luminantie(kleur: string): number {
  const [r, g, b] = kanalen(kleur).map((c, i) => {
    if (i === 3) return c;
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(voorgrond: string, achtergrond: string): number {
  if (kanalen(voorgrond)[3] < 1 || kanalen(achtergrond)[3] < 1) throw new Error(`doorzichtige kleur: ${voorgrond} op ${achtergrond}`);
  const [licht, donker] = [luminantie(voorgrond), luminantie(achtergrond)].sort((a, b) => b - a);
  return (licht + 0.05) / (donker + 0.05);
}
