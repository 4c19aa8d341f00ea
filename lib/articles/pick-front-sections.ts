/**
 * The front page's section blocks without repeats: each section, in order, takes its newest
 * candidates that no earlier block (lead, latest, or a section above) already shows. A piece
 * filed in two sections appears once, in the first.
 */
export function pickFrontSections<Card extends { id: number }, Section extends { cards: readonly Card[] }>(
  sections: readonly Section[],
  alreadyShown: Iterable<number>,
  perSection: number,
): (Omit<Section, "cards"> & { cards: Card[] })[] {
  const shown = new Set(alreadyShown);
  return sections.map((section) => {
    const cards: Card[] = [];
    for (const card of section.cards) {
      if (cards.length >= perSection) break;
      if (shown.has(card.id)) continue;
      shown.add(card.id);
      cards.push(card);
    }
    return { ...section, cards };
  });
}
