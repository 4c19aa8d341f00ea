/** A capability's name as readers see it: the catalogue's label, else the name made readable ("dossier_libya" → "Dossier libya"). */
export function ccapLabel(name: string, labels: Readonly<Record<string, string>>): string {
  const label = labels[name]?.trim();
  if (label) return label;
  const words = name.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
