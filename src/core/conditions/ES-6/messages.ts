import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  profitLinkedPay: {
    severity: 'breach',
    text: {
      fr: (p) => `L'administrateur ${p.director} est rémunéré par une participation aux bénéfices : le mandat est gratuit, seuls une indemnité limitée ou des jetons de présence décidés par l'assemblée générale sont permis.`,
      nl: (p) => `Bestuurder ${p.director} wordt vergoed met een deelname in de winst: het mandaat is onbezoldigd, enkel een beperkte onkostenvergoeding of presentiegeld waartoe de algemene vergadering beslist, is toegestaan.`,
      en: (p) => `Director ${p.director} is paid a profit share: the mandate is unpaid, only a limited allowance or attendance fees decided by the general meeting are allowed.`,
    },
  } satisfies MessageDef<{ director: string }>,
  paidWithoutGaDecision: {
    severity: 'breach',
    text: {
      fr: (p, f) => `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} pour son mandat (rémunération, jetons de présence et indemnité) sans montant autorisé par l'assemblée générale : le mandat est gratuit, sauf indemnité limitée ou jetons de présence décidés par l'AG.`,
      nl: (p, f) => `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} voor zijn mandaat (bezoldiging, presentiegeld en onkostenvergoeding) zonder door de algemene vergadering toegestaan bedrag: het mandaat is onbezoldigd, tenzij de AV beslist over een beperkte onkostenvergoeding of presentiegeld.`,
      en: (p, f) => `Director ${p.director} receives ${f.money(p.payCents)} for the mandate (remuneration, attendance fees and allowance) with no amount authorised by the general meeting: the mandate is unpaid unless the GM decides a limited allowance or attendance fees.`,
    },
  } satisfies MessageDef<{ director: string; payCents: number }>,
  payAboveGaAmount: {
    severity: 'breach',
    text: {
      fr: (p, f) => `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} pour son mandat : plus que les ${f.money(p.authorisedCents)} autorisés par l'assemblée générale.`,
      nl: (p, f) => `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} voor zijn mandaat: meer dan de ${f.money(p.authorisedCents)} die de algemene vergadering heeft toegestaan.`,
      en: (p, f) => `Director ${p.director} receives ${f.money(p.payCents)} for the mandate: more than the ${f.money(p.authorisedCents)} authorised by the general meeting.`,
    },
  } satisfies MessageDef<{ director: string; payCents: number; authorisedCents: number }>,
  payAboveYearlyCap: {
    severity: 'warning',
    text: {
      fr: (p, f) => `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} pour son mandat, au-delà du plafond annuel de ${f.money(p.capCents)} retenu pour une indemnité « limitée » : à apprécier.`,
      nl: (p, f) => `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} voor zijn mandaat, boven het jaarplafond van ${f.money(p.capCents)} dat voor een "beperkte" vergoeding wordt gehanteerd: te beoordelen.`,
      en: (p, f) => `Director ${p.director} receives ${f.money(p.payCents)} for the mandate, above the yearly cap of ${f.money(p.capCents)} used for a "limited" allowance: to be assessed.`,
    },
  } satisfies MessageDef<{ director: string; payCents: number; capCents: number }>,
  feesAbovePerMeetingCap: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Les jetons de présence de l'administrateur ${p.director} (${f.money(p.feesCents)} pour l'exercice) dépassent le plafond par réunion de ${f.money(p.capCents)} ; le nombre de réunions n'est pas dans les données : vérifier qu'aucune réunion n'a été payée davantage.`,
      nl: (p, f) => `Het presentiegeld van bestuurder ${p.director} (${f.money(p.feesCents)} voor het boekjaar) overschrijdt het plafond per vergadering van ${f.money(p.capCents)}; het aantal vergaderingen staat niet in de gegevens: nagaan dat geen enkele vergadering hoger werd vergoed.`,
      en: (p, f) => `Director ${p.director}'s attendance fees (${f.money(p.feesCents)} for the year) exceed the per-meeting cap of ${f.money(p.capCents)}; the number of meetings is not in the data: check that no meeting was paid more.`,
    },
  } satisfies MessageDef<{ director: string; feesCents: number; capCents: number }>,
  payColumnsMissing: {
    severity: 'warning',
    text: {
      fr: () => `La feuille des administrateurs n'a pas de colonne de rémunération, de jetons de présence ni d'indemnité : la gratuité des mandats ne peut être vérifiée.`,
      nl: () => `Het blad met de bestuurders heeft geen kolom voor bezoldiging, presentiegeld of onkostenvergoeding: het onbezoldigd karakter van de mandaten kan niet worden nagegaan.`,
      en: () => `The directors sheet has no column for remuneration, attendance fees or allowance: whether the mandates are unpaid cannot be checked.`,
    },
  } satisfies MessageDef<Record<string, never>>,
  directorsPay: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.directors)} administrateur(s), dont ${f.number(p.paid)} rémunéré(s) pour le mandat ; total ${f.money(p.totalCents)}, le plus élevé ${f.money(p.highestCents)}`,
      nl: (p, f) => `${f.number(p.directors)} bestuurder(s), van wie ${f.number(p.paid)} vergoed voor het mandaat; totaal ${f.money(p.totalCents)}, hoogste ${f.money(p.highestCents)}`,
      en: (p, f) => `${f.number(p.directors)} director(s), ${f.number(p.paid)} paid for the mandate; total ${f.money(p.totalCents)}, highest ${f.money(p.highestCents)}`,
    },
  } satisfies MessageDef<{ directors: number; paid: number; totalCents: number; highestCents: number }>,
  noDirectorInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun administrateur en fonction pendant l'exercice ${p.year}.`,
      nl: (p) => `Geen bestuurder in functie tijdens boekjaar ${p.year}.`,
      en: (p) => `No director in office during fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
