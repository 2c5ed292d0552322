/**
 * Invented input for trying the facilitators' workspace and for end-to-end
 * checks: in the demo's four languages, some answers carrying the details a
 * facilitator must redact (a name, an email, a phone number, a web address,
 * a date), most carrying none. Nobody real is named; the numbers are in
 * ranges set aside for examples where one exists (example.org, 555).
 */
import type { SampleContribution } from "./seed-sample-contributions.server";

const identifying: Record<string, (marker: string, n: number) => string> = {
  en: (marker, n) =>
    `${marker} item ${n}. My neighbour Maria Lopez was taken on 12 March 2024. Write to maria.lopez@example.org or call +57 301 555 0147. The photos are at https://example.org/evidence.`,
  es: (marker, n) =>
    `${marker} aporte ${n}. Mi esposo Carlos Ramírez me amenazó el 3 de mayo de 2023. Escríbanme a carlos.r@example.com o llamen al +57 310 555 0198. Lo publicó en www.example.com/denuncia.`,
  fr: (marker, n) =>
    `${marker} contribution ${n}. Mon mari Jean Dupont m'a menacée le 5 juin 2022. Écrivez à jean.dupont@example.fr ou appelez le +33 6 12 34 56 78. Voir https://example.fr/temoignage.`,
  ar: (marker, n) =>
    `${marker} مساهمة ${n}. هددني زوجي أحمد يوم 12/03/2024. راسلوني على ahmad@example.org أو اتصلوا بالرقم +57 301 555 0147. التفاصيل على https://example.org/ar.`,
};

const plain: Record<string, (marker: string, n: number) => string> = {
  en: (marker, n) => `${marker} item ${n}. Women who speak at community meetings are threatened and nobody protects them.`,
  es: (marker, n) => `${marker} aporte ${n}. Las mujeres que hablan en las reuniones comunitarias reciben amenazas y nadie las protege.`,
  fr: (marker, n) => `${marker} contribution ${n}. Les femmes qui prennent la parole aux réunions sont menacées et personne ne les protège.`,
  ar: (marker, n) => `${marker} مساهمة ${n}. النساء اللواتي يتحدثن في اجتماعات المجتمع يتعرضن للتهديد ولا أحد يحميهن.`,
};

const secondAnswer: Record<string, string> = {
  en: "Support groups helped me more than any official.",
  es: "Los grupos de apoyo me ayudaron más que cualquier funcionario.",
  fr: "Les groupes de soutien m'ont plus aidée que n'importe quel fonctionnaire.",
  ar: "ساعدتني مجموعات الدعم أكثر من أي مسؤول.",
};

export const sampleLanguages = ["en", "es", "fr", "ar"] as const;

/**
 * `count` contributions cycling through the four languages; every one starts
 * with `marker` (letters only, so a search finds exactly one run's items),
 * and every fourth one in each language carries identifying details.
 */
export function sampleContributions(count: number, marker: string): SampleContribution[] {
  return Array.from({ length: count }, (_, index) => {
    const language = sampleLanguages[index % sampleLanguages.length]!;
    const n = index + 1;
    const first = index % 8 < 4 ? identifying[language]!(marker, n) : plain[language]!(marker, n);
    return { language, texts: [first, secondAnswer[language]!] };
  });
}
