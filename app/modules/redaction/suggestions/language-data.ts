/**
 * What the redaction suggestions need to know about each language, as data:
 * adding a language (issue 14's lens) is adding an entry here, no code.
 *
 * - months: month names (and common short forms) as written in dates;
 * - nameCues: kinship and role phrases after which a person's name usually
 *   follows ("my husband …"); matched case-insensitively as whole words;
 * - nameStopWords: words that end a name after a cue (for scripts without
 *   capitals, where the capital cannot tell a name from the next verb);
 * - dateJoiners: the small words between day, month and year ("de", "of").
 */
export type LanguageData = {
  /** The script has upper and lower case, so a name starts with a capital. */
  cased: boolean;
  months: readonly string[];
  nameCues: readonly string[];
  nameStopWords: readonly string[];
  dateJoiners: readonly string[];
};

export const languageData: Readonly<Record<string, LanguageData>> = {
  en: {
    cased: true,
    months: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ],
    nameCues: [
      "my husband", "my wife", "my partner", "my ex", "my boyfriend", "my girlfriend", "my brother", "my sister", "my son",
      "my daughter", "my father", "my mother", "my uncle", "my aunt", "my cousin", "my neighbour", "my neighbor", "my friend",
      "my boss", "my employer", "my teacher", "named", "called",
    ],
    nameStopWords: [],
    dateJoiners: ["of", "the"],
  },
  es: {
    cased: true,
    months: [
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    ],
    nameCues: [
      "mi esposo", "mi marido", "mi esposa", "mi mujer", "mi pareja", "mi novio", "mi novia", "mi hermano", "mi hermana", "mi hijo",
      "mi hija", "mi padre", "mi madre", "mi papá", "mi mamá", "mi tío", "mi tía", "mi primo", "mi prima", "mi vecino", "mi vecina",
      "mi amigo", "mi amiga", "mi jefe", "mi jefa", "mi patrón", "llamado", "llamada", "se llama", "se llamaba",
    ],
    nameStopWords: [],
    dateJoiners: ["de", "del"],
  },
  fr: {
    cased: true,
    months: [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ],
    nameCues: [
      "mon mari", "ma femme", "mon époux", "mon épouse", "mon compagnon", "ma compagne", "mon copain", "ma copine", "mon frère",
      "ma sœur", "ma soeur", "mon fils", "ma fille", "mon père", "ma mère", "mon oncle", "ma tante", "mon cousin", "ma cousine",
      "mon voisin", "ma voisine", "mon ami", "mon amie", "mon patron", "ma patronne", "nommé", "nommée", "appelé", "appelée",
      "s'appelle", "s’appelle",
    ],
    nameStopWords: [],
    dateJoiners: ["de"],
  },
  ar: {
    cased: false,
    months: [
      "يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
      // The Levantine and Iraqi names.
      "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ],
    nameCues: [
      "زوجي", "زوجتي", "طليقي", "خطيبي", "أخي", "اخي", "أختي", "اختي", "ابني", "ابنتي", "أبي", "ابي", "والدي", "أمي", "امي", "والدتي",
      "عمي", "عمتي", "خالي", "خالتي", "ابن عمي", "جاري", "جارتي", "صديقي", "صديقتي", "مديري", "رئيسي", "اسمه", "اسمها", "يدعى", "تدعى",
    ],
    nameStopWords: [
      "كان", "كانت", "قال", "قالت", "في", "من", "على", "إلى", "الى", "عن", "مع", "و", "هو", "هي", "الذي", "التي", "لا", "لم", "لن",
      "قد", "ثم", "عندما", "أن", "إن", "كل", "بعد", "قبل", "يعمل", "تعمل", "أيضا", "أيضًا", "لي", "لنا", "ضربني", "هددني",
      // Words of time and place that often follow the name: "زوجي أحمد يوم …", "جاري سامي أمام …".
      "يوم", "ليلة", "صباح", "مساء", "منذ", "عند", "أمام", "خلال",
    ],
    dateJoiners: [],
  },
};

/** The language's data, or none for a language not described yet (the language-neutral finders still run). */
export function dataFor(language: string): LanguageData | undefined {
  return languageData[language];
}
