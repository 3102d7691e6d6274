import type { CountryData, PersonData } from '../../schemas/index.ts';

/** Every way a reader may type a Latin-script name: as recorded, family name last or first, hyphens dropped or split. */
function latinForms(name: string, family?: string): string[] {
  const forms = new Set([name]);
  if (family && name.startsWith(`${family} `)) forms.add(`${name.slice(family.length + 1)} ${family}`);
  else if (family && name.endsWith(` ${family}`)) forms.add(`${family} ${name.slice(0, -family.length - 1)}`);
  for (const form of [...forms]) {
    if (form.includes('-')) {
      forms.add(form.replace(/-/g, ''));
      forms.add(form.replace(/-/g, ' '));
    }
  }
  return [...forms];
}

/** All recorded name forms of a person in both scripts, with order and hyphen variants. */
export function personNameForms(p: PersonData): string[] {
  const latin = [p.name.en, ...p.variants.en].flatMap((n) => latinForms(n, p.family?.en));
  const hangul = [p.name.ko, ...p.variants.ko, ...(p.family ? [p.family.ko] : [])];
  return [...new Set([...hangul, ...latin, ...(p.family ? [p.family.en] : [])])];
}

export function countryNameForms(c: CountryData): string[] {
  return [...new Set([c.name.ko, c.name.en, c.short.ko, c.short.en, ...c.variants.ko, ...c.variants.en, ...c.adjectives])];
}
