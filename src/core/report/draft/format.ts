/**
 * Numbers, amounts and dates as the seed reports write them: a dot as thousands separator and a
 * decimal comma in French and Dutch ("4.104", "45.598", "1.234,50 €"), the English convention in
 * English ("4,104"); dates day first ("17/06/2025"). Built on Intl: the Belgian Dutch locale groups
 * with dots, which is also how Belgian French reports write numbers (the fr-BE locale's narrow
 * space is not).
 */
import type { Cents, Ppm } from '../../money';
import { percentFromPpm } from '../../money';
import type { Day } from '../../dates';
import { dayFromIso } from '../../dates';
import type { Lang } from '../../i18n/lang';

export interface SeedFormat {
  lang: Lang;
  /** An integer or a decimal number: "4.104", "2,5". */
  number(value: number): string;
  /** Integer cents: "1.500,00 €" (FR), "€ 1.500,00" (NL), "€1,500.00" (EN). */
  money(cents: Cents): string;
  percent(ppm: Ppm): string;
  /** "17/06/2025". */
  date(day: Day | string): string;
}

const NUMBER_LOCALE: Readonly<Record<Lang, string>> = { fr: 'nl-BE', nl: 'nl-BE', en: 'en-GB' };

const cache = new Map<Lang, SeedFormat>();

export function seedFormat(lang: Lang): SeedFormat {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = NUMBER_LOCALE[lang];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const currency = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dates = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const format: SeedFormat = {
    lang,
    number: (value) => number.format(value),
    // French puts the euro sign after the amount, with a no-break space.
    money: (cents) => (lang === 'fr' ? `${amount.format(cents / 100)}\u00a0€` : currency.format(cents / 100)),
    percent: (ppm) => `${percent.format(percentFromPpm(ppm))}${lang === 'en' ? '' : '\u00a0'}%`,
    date: (day) => {
      const d = typeof day === 'string' ? dayFromIso(day) : day;
      return d === undefined ? String(day) : dates.format(new Date(d * 86_400_000));
    },
  };
  cache.set(lang, format);
  return format;
}
