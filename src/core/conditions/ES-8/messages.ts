import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  dividendWithoutObjectReserve: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Un dividende de ${f.money(p.dividendsCents)} est attribué pour l'exercice ${p.year} sans montant réservé aux projets ou affectations servant l'objet (réserve pour l'objet : ${f.money(p.objectReserveCents)}).`,
      nl: (p, f) => `Er wordt voor boekjaar ${p.year} een dividend van ${f.money(p.dividendsCents)} toegekend zonder bedrag voorbehouden aan projecten of bestemmingen die het voorwerp dienen (reserve voor het voorwerp: ${f.money(p.objectReserveCents)}).`,
      en: (p, f) => `A dividend of ${f.money(p.dividendsCents)} is allocated for fiscal year ${p.year} with no amount reserved for projects or allocations serving the object (reserve for the object: ${f.money(p.objectReserveCents)}).`,
    },
  } satisfies MessageDef<{ year: number; dividendsCents: number; objectReserveCents: number }>,
  objectReserveBeforeDividend: {
    severity: 'info',
    text: {
      fr: (p, f) => `Réserve pour l'objet ${f.money(p.objectReserveCents)} ; dividendes ${f.money(p.dividendsCents)}`,
      nl: (p, f) => `Reserve voor het voorwerp ${f.money(p.objectReserveCents)}; dividenden ${f.money(p.dividendsCents)}`,
      en: (p, f) => `Reserve for the object ${f.money(p.objectReserveCents)}; dividends ${f.money(p.dividendsCents)}`,
    },
  } satisfies MessageDef<{ objectReserveCents: number; dividendsCents: number }>,
  noDividend: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun dividende pour l'exercice ${p.year}.`,
      nl: (p) => `Geen dividend voor boekjaar ${p.year}.`,
      en: (p) => `No dividend for fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
