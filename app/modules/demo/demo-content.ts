/**
 * Content of the demo consultation (Bogotá), in Spanish, English, French and
 * Arabic. Everything here is fictional: the organisations, their contacts and
 * the support services are invented (".example" addresses, numbers made of
 * zeros), and the draft principles are illustrative wording, not the Office
 * of the Prosecutor's text.
 *
 * Questions ask about principles and needs, never about what happened to the
 * person answering; every one of them can be skipped.
 */
import type { HostRole, QuestionKind, StaffRole, Theme } from "~/generated/prisma/enums";
import type { Dimension } from "~/modules/self-description/dimensions";

export const demoLanguages = ["es", "en", "fr", "ar"] as const;
export type DemoLanguage = (typeof demoLanguages)[number];
export type Localised<T> = Readonly<Record<DemoLanguage, T>>;

// ---------------------------------------------------------------- organisations and staff

export type DemoOrganisation = {
  slug: string;
  /** Used in the demo usernames: demo-<role>-<shortName>. */
  shortName: string;
  name: string;
  description: string;
  region: string;
  supportContact: string;
  hostRole: HostRole;
};

export const demoOrganisations: readonly DemoOrganisation[] = [
  {
    slug: "colectiva-mujeres-del-puente",
    shortName: "puente",
    // Names only, in no one language: participants see them on every language's pages, and each
    // language's consultation text says the host organisations are fictional.
    name: "Colectiva Mujeres del Puente",
    description:
      "Fictional women's rights organisation in Bogotá that accompanies survivors of gender-based rights violations " +
      "and runs community consultations. It exists only in the Convene demo.",
    region: "Bogotá, Colombia",
    // No words, only an address and a number: shown as written in every language.
    supportContact: "acompanamiento@mujeresdelpuente.example · 000 000 0000",
    hostRole: "lead",
  },
  {
    slug: "red-arcoiris-andina",
    shortName: "arcoiris",
    name: "Red Arcoíris Andina",
    description:
      "Fictional regional network of LGBTQI+ rights groups in the Andean countries, offering peer support and " +
      "advocacy. It exists only in the Convene demo.",
    region: "Andean region (Bolivia, Colombia, Ecuador, Peru)",
    supportContact: "contacto@redarcoiris.example",
    hostRole: "cohost",
  },
];

/** Each organisation gets one demo account per role, in this order. */
export const demoStaffRoles: readonly StaffRole[] = ["admin", "facilitator", "drafter"];

export function demoUsername(role: StaffRole, organisation: Pick<DemoOrganisation, "shortName">): string {
  return `demo-${role}-${organisation.shortName}`;
}

// ---------------------------------------------------------------- the consultation

export const demoConsultation = {
  slug: "bogota-2026",
  regionCity: "Bogotá",
  regionCountry: "Colombia",
  timeZone: "America/Bogota",
  /** Spanish first: the consultation's default language. */
  languages: demoLanguages,
  /** Midnight in Bogotá (UTC−5, no daylight saving). */
  opensAt: new Date("2026-11-01T00:00:00-05:00"),
  closesAt: new Date("2027-12-31T23:59:59-05:00"),
  /** Asked after sending (optional for participants), so the demo and the e2e tests show the self-description. */
  selfDescriptionDimensions: ["genderIdentity", "sexualOrientation", "ageBand", "disability"] satisfies Dimension[],
  text: {
    es: {
      title: "Consulta regional de Bogotá",
      description:
        "Comparta su opinión sobre el borrador de Principios sobre el crimen de persecución por motivos de género: " +
        "qué deberían decir sobre la prevención, la protección, la participación y la recuperación. Todas las " +
        "preguntas son opcionales y puede parar y volver más tarde. Esta es una consulta de demostración: las " +
        "organizaciones anfitrionas son ficticias.",
      whatHappens: [
        "Sus palabras son aportes a un borrador de principios. No son un testimonio, una denuncia ni una prueba para " +
          "ningún caso, y nadie se pondrá en contacto con usted por ellas salvo que usted lo permita.",
        "Las personas facilitadoras de las organizaciones anfitrionas leen lo que usted escribe. Quitan los nombres y " +
          "otros datos que puedan identificar a alguien y agrupan los aportes por tema.",
        "Quienes redactan los principios nunca ven sus respuestas originales. Leen resúmenes temáticos anonimizados y " +
          "solo las citas que sus autoras y autores aceptaron compartir.",
        "Sus respuestas se guardan cifradas en el servidor de la plataforma. Las palabras originales se borran, como " +
          "muy tarde, 12 meses después del cierre de la consulta. Antes de eso puede verlas, cambiarlas, retirarlas o " +
          "borrarlas.",
      ].join("\n\n"),
    },
    en: {
      title: "Bogotá regional consultation",
      description:
        "Share your views on the draft Principles on the Crime of Gender Persecution: what they should say about " +
        "prevention, protection, participation and recovery. Every question is optional, and you can stop and come " +
        "back later. This is a demonstration consultation: the host organisations are fictional.",
      whatHappens: [
        "Your words are input to draft principles. They are not testimony, a complaint or evidence for any case, and " +
          "nobody will contact you about them unless you allow it.",
        "Facilitators of the host organisations read what you write. They remove names and other details that could " +
          "identify anyone, and group the input by theme.",
        "The drafters of the principles never see your original answers. They read anonymised thematic summaries, and " +
          "only the quotes that their authors agreed to share.",
        "Your answers are stored encrypted on the platform's server. The original words are deleted at the latest 12 " +
          "months after the consultation closes. Until then you can view, change, withdraw or delete them.",
      ].join("\n\n"),
    },
    fr: {
      title: "Consultation régionale de Bogotá",
      description:
        "Donnez votre avis sur le projet de Principes relatifs au crime de persécution fondée sur le genre : ce " +
        "qu'ils devraient dire sur la prévention, la protection, la participation et le rétablissement. Toutes les " +
        "questions sont facultatives, et vous pouvez vous arrêter et revenir plus tard. Ceci est une consultation de " +
        "démonstration : les organisations hôtes sont fictives.",
      whatHappens: [
        "Vos mots sont une contribution à un projet de principes. Ce n'est ni un témoignage, ni une plainte, ni une " +
          "preuve pour une affaire, et personne ne vous contactera à leur sujet sans votre accord.",
        "Les personnes chargées de l'animation au sein des organisations hôtes lisent ce que vous écrivez. Elles " +
          "retirent les noms et les autres détails qui pourraient identifier quelqu'un, et regroupent les " +
          "contributions par thème.",
        "Les personnes qui rédigent les principes ne voient jamais vos réponses d'origine. Elles lisent des synthèses " +
          "thématiques anonymisées, et uniquement les citations que leurs auteurs et autrices ont accepté de partager.",
        "Vos réponses sont conservées chiffrées sur le serveur de la plateforme. Les mots d'origine sont supprimés au " +
          "plus tard 12 mois après la clôture de la consultation. D'ici là, vous pouvez les consulter, les modifier, " +
          "les retirer ou les supprimer.",
      ].join("\n\n"),
    },
    ar: {
      title: "المشاورة الإقليمية في بوغوتا",
      description:
        "شاركونا آراءكم في مشروع المبادئ المتعلقة بجريمة الاضطهاد القائم على النوع الاجتماعي: ما الذي ينبغي أن " +
        "تقوله بشأن الوقاية والحماية والمشاركة والتعافي. جميع الأسئلة اختيارية، ويمكنكم التوقف والعودة لاحقًا. هذه " +
        "مشاورة تجريبية للعرض فقط، والمنظمات المضيفة ليست حقيقية.",
      whatHappens: [
        "كلماتكم مساهمة في صياغة مشروع مبادئ. وهي ليست شهادة ولا شكوى ولا دليلًا في أي قضية، ولن يتواصل معكم أحد " +
          "بشأنها إلا إذا سمحتم بذلك.",
        "يقرأ الميسّرون والميسّرات في المنظمات المضيفة ما تكتبونه. ويحذفون الأسماء وغيرها من التفاصيل التي قد تكشف " +
          "هوية أي شخص، ثم يصنّفون المساهمات حسب الموضوع.",
        "لا يطّلع القائمون على صياغة المبادئ أبدًا على إجاباتكم الأصلية، بل يقرؤون ملخصات موضوعية مجهولة الهوية، " +
          "ولا يقرؤون إلا الاقتباسات التي وافق أصحابها على مشاركتها.",
        "تُحفظ إجاباتكم مشفّرة على خادم المنصة، وتُحذف الكلمات الأصلية في موعد أقصاه 12 شهرًا بعد إغلاق المشاورة. " +
          "ويمكنكم قبل ذلك الاطلاع عليها أو تعديلها أو سحبها أو حذفها.",
      ].join("\n\n"),
    },
  } satisfies Localised<{ title: string; description: string; whatHappens: string }>,
} as const;

// ---------------------------------------------------------------- the draft principles

export const demoDraftDocument = {
  slug: "gender-persecution-principles",
  title: "Draft Principles on the Crime of Gender Persecution (illustrative demo wording)",
  versionNumber: 1,
} as const;

export type DemoPrinciple = {
  number: number;
  theme: Theme;
  /** The body mentions violence, so it is shown behind a content note that can be skipped. */
  describesViolence: boolean;
  text: Localised<{ title: string; body: string }>;
};

export const demoPrinciples: readonly DemoPrinciple[] = [
  {
    number: 1,
    theme: "prevention",
    describesViolence: false,
    text: {
      en: {
        title: "Recognise gender-based rights deprivations early, before they escalate",
        body:
          "Those responsible for prevention should watch for early signs that people are being denied rights because " +
          "of their gender, such as exclusion from school, work or public life, and act before the harm grows.",
      },
      es: {
        title: "Reconocer a tiempo las privaciones de derechos por motivos de género, antes de que se agraven",
        body:
          "Quienes tienen la tarea de prevenir deben estar atentos a las primeras señales de que se niegan derechos a " +
          "las personas por su género, como la exclusión de la escuela, del trabajo o de la vida pública, y actuar " +
          "antes de que el daño crezca.",
      },
      fr: {
        title: "Reconnaître tôt les privations de droits fondées sur le genre, avant qu'elles ne s'aggravent",
        body:
          "Les personnes chargées de la prévention devraient être attentives aux premiers signes que des droits sont " +
          "refusés à certaines personnes en raison de leur genre, comme l'exclusion de l'école, du travail ou de la vie " +
          "publique, et agir avant que le préjudice ne s'aggrave.",
      },
      ar: {
        title: "رصد حرمان الأشخاص من حقوقهم بسبب النوع الاجتماعي مبكرًا، قبل أن يتفاقم",
        body:
          "ينبغي للجهات المسؤولة عن الوقاية أن تنتبه إلى العلامات الأولى لحرمان الأشخاص من حقوقهم بسبب نوعهم " +
          "الاجتماعي، مثل إقصائهم من التعليم أو العمل أو الحياة العامة، وأن تتحرك قبل أن يتزايد الضرر.",
      },
    },
  },
  {
    number: 2,
    theme: "prevention",
    describesViolence: false,
    text: {
      en: {
        title: "Treat laws and edicts that restrict people by gender as warning signs",
        body:
          "Rules that limit what people may wear, study, do or say because of their gender, or that criminalise who " +
          "they are, should be treated as signals that persecution may follow.",
      },
      es: {
        title: "Tratar como señales de alerta las leyes y los decretos que restringen a las personas por su género",
        body:
          "Las normas que limitan lo que las personas pueden vestir, estudiar, hacer o decir por su género, o que " +
          "criminalizan quiénes son, deben tratarse como señales de que puede llegar la persecución.",
      },
      fr: {
        title: "Traiter comme des signaux d'alerte les lois et décrets qui restreignent les personnes en raison de leur genre",
        body:
          "Les règles qui limitent ce que les personnes peuvent porter, étudier, faire ou dire en raison de leur " +
          "genre, ou qui criminalisent ce qu'elles sont, devraient être considérées comme des signes qu'une " +
          "persécution peut suivre.",
      },
      ar: {
        title: "اعتبار القوانين والمراسيم التي تقيّد الأشخاص بسبب النوع الاجتماعي علامات إنذار",
        body:
          "القواعد التي تحدّ مما يمكن للأشخاص أن يرتدوه أو يدرسوه أو يفعلوه أو يقولوه بسبب نوعهم الاجتماعي، أو التي " +
          "تجرّم هويتهم، ينبغي أن تُعامل بوصفها إشارات إلى أن الاضطهاد قد يتبعها.",
      },
    },
  },
  {
    number: 3,
    theme: "prevention",
    describesViolence: false,
    text: {
      en: {
        title: "Include LGBTQI+ people and intersecting identities in every risk assessment",
        body:
          "Risk assessments should consider sexual orientation, gender identity and expression, together with " +
          "ethnicity, disability, age and the other factors that shape who is targeted and how.",
      },
      es: {
        title: "Incluir a las personas LGBTQI+ y las identidades interseccionales en toda evaluación de riesgos",
        body:
          "Las evaluaciones de riesgo deben considerar la orientación sexual, la identidad y la expresión de género, " +
          "junto con la etnia, la discapacidad, la edad y los demás factores que influyen en a quién se ataca y cómo.",
      },
      fr: {
        title: "Inclure les personnes LGBTQI+ et les identités intersectionnelles dans toute évaluation des risques",
        body:
          "Les évaluations des risques devraient prendre en compte l'orientation sexuelle, l'identité et l'expression " +
          "de genre, ainsi que l'origine ethnique, le handicap, l'âge et les autres facteurs qui déterminent qui est " +
          "ciblé et comment.",
      },
      ar: {
        title: "مراعاة أفراد مجتمع الميم (LGBTQI+) والهويات المتقاطعة في كل تقييم للمخاطر",
        body:
          "ينبغي أن تراعي تقييمات المخاطر الميول الجنسية والهوية الجندرية والتعبير الجندري، إلى جانب الانتماء الإثني " +
          "والإعاقة والعمر وغيرها من العوامل التي تحدد من يُستهدف وكيف.",
      },
    },
  },
  {
    number: 4,
    theme: "protection",
    describesViolence: true,
    text: {
      en: {
        title: "Keep people who speak out safe from reprisal",
        body:
          "People who share information, and the organisations that support them, can face threats, violence or other " +
          "reprisals. Protection should be planned before anyone is asked to take part.",
      },
      es: {
        title: "Proteger de las represalias a quienes alzan la voz",
        body:
          "Las personas que comparten información, y las organizaciones que las apoyan, pueden sufrir amenazas, " +
          "violencia u otras represalias. La protección debe planificarse antes de pedir a nadie que participe.",
      },
      fr: {
        title: "Protéger des représailles les personnes qui prennent la parole",
        body:
          "Les personnes qui partagent des informations, et les organisations qui les soutiennent, peuvent subir des " +
          "menaces, des violences ou d'autres représailles. La protection devrait être prévue avant de demander à " +
          "quiconque de participer.",
      },
      ar: {
        title: "حماية من يرفعون أصواتهم من الانتقام",
        body:
          "قد يتعرض الأشخاص الذين يشاركون المعلومات، والمنظمات التي تدعمهم، للتهديد أو العنف أو غير ذلك من أشكال " +
          "الانتقام. وينبغي التخطيط للحماية قبل أن يُطلب من أي شخص المشاركة.",
      },
    },
  },
  {
    number: 5,
    theme: "protection",
    describesViolence: false,
    text: {
      en: {
        title: "Protect survivors' identities and data throughout any process",
        body:
          "Names and identifying details should be collected only when necessary, kept securely, and never shared " +
          "without informed consent.",
      },
      es: {
        title: "Proteger la identidad y los datos de las personas sobrevivientes durante todo el proceso",
        body:
          "Los nombres y los datos que identifican a alguien deben recogerse solo cuando sea necesario, guardarse de " +
          "forma segura y no compartirse nunca sin consentimiento informado.",
      },
      fr: {
        title: "Protéger l'identité et les données des personnes survivantes tout au long du processus",
        body:
          "Les noms et les détails permettant d'identifier une personne ne devraient être recueillis que si c'est " +
          "nécessaire, conservés en sécurité et jamais partagés sans consentement éclairé.",
      },
      ar: {
        title: "حماية هوية الناجين والناجيات وبياناتهم طوال أي عملية",
        body:
          "لا ينبغي جمع الأسماء والتفاصيل التي تكشف الهوية إلا عند الضرورة، ويجب حفظها بأمان وعدم مشاركتها أبدًا دون " +
          "موافقة مستنيرة.",
      },
    },
  },
  {
    number: 6,
    theme: "protection",
    describesViolence: false,
    text: {
      en: {
        title: "Provide safe routes out and safe places for people at risk",
        body:
          "People at risk of gender persecution need safe ways to leave dangerous situations and safe places to go, " +
          "including across borders.",
      },
      es: {
        title: "Ofrecer rutas de salida seguras y lugares seguros a las personas en riesgo",
        body:
          "Las personas en riesgo de persecución por motivos de género necesitan formas seguras de salir de " +
          "situaciones peligrosas y lugares seguros a donde ir, también cruzando fronteras.",
      },
      fr: {
        title: "Offrir des voies de sortie sûres et des lieux sûrs aux personnes en danger",
        body:
          "Les personnes exposées à une persécution fondée sur le genre ont besoin de moyens sûrs de quitter des " +
          "situations dangereuses et de lieux sûrs où aller, y compris au-delà des frontières.",
      },
      ar: {
        title: "توفير طرق خروج آمنة وأماكن آمنة للأشخاص المعرضين للخطر",
        body:
          "يحتاج الأشخاص المعرضون لخطر الاضطهاد القائم على النوع الاجتماعي إلى سبل آمنة لمغادرة الأوضاع الخطرة، " +
          "وإلى أماكن آمنة يلجؤون إليها، بما في ذلك عبر الحدود.",
      },
    },
  },
  {
    number: 7,
    theme: "participation",
    describesViolence: false,
    text: {
      en: {
        title: "Involve survivors in designing justice processes, not just testifying in them",
        body:
          "Survivors and their organisations should help shape how investigations, trials and remedies work, not only " +
          "be asked to give evidence.",
      },
      es: {
        title: "Involucrar a las personas sobrevivientes en el diseño de los procesos de justicia, no solo como testigos",
        body:
          "Las personas sobrevivientes y sus organizaciones deben ayudar a definir cómo funcionan las investigaciones, " +
          "los juicios y las reparaciones, y no solo ser llamadas a declarar.",
      },
      fr: {
        title: "Associer les personnes survivantes à la conception des procédures judiciaires, pas seulement à leur témoignage",
        body:
          "Les personnes survivantes et leurs organisations devraient contribuer à définir le fonctionnement des " +
          "enquêtes, des procès et des recours, et pas seulement être appelées à témoigner.",
      },
      ar: {
        title: "إشراك الناجين والناجيات في تصميم إجراءات العدالة، لا في الإدلاء بالشهادة فحسب",
        body:
          "ينبغي أن يسهم الناجون والناجيات ومنظماتهم في تحديد طريقة عمل التحقيقات والمحاكمات وسبل الانتصاف، لا أن " +
          "يُطلب منهم تقديم الأدلة فحسب.",
      },
    },
  },
  {
    number: 8,
    theme: "participation",
    describesViolence: false,
    text: {
      en: {
        title: "Make participation possible in survivors' own languages and formats",
        body:
          "Information and ways to take part should be available in the languages people use, in accessible formats, " +
          "online and in person.",
      },
      es: {
        title: "Hacer posible la participación en los idiomas y formatos propios de las personas sobrevivientes",
        body:
          "La información y las formas de participar deben estar disponibles en los idiomas que la gente usa, en " +
          "formatos accesibles, en línea y en persona.",
      },
      fr: {
        title: "Rendre la participation possible dans les langues et les formats des personnes survivantes",
        body:
          "Les informations et les moyens de participer devraient être disponibles dans les langues que les gens " +
          "utilisent, dans des formats accessibles, en ligne et en personne.",
      },
      ar: {
        title: "إتاحة المشاركة بلغات الناجين والناجيات وبالأشكال التي تناسبهم",
        body: "ينبغي إتاحة المعلومات وسبل المشاركة باللغات التي يستخدمها الناس، وبأشكال ميسّرة، عبر الإنترنت وحضوريًا.",
      },
    },
  },
  {
    number: 9,
    theme: "participation",
    describesViolence: false,
    text: {
      en: {
        title: "Report back to those who contributed",
        body:
          "People who give their time and views should hear what was done with them, in a way they can easily find " +
          "and understand.",
      },
      es: {
        title: "Informar de vuelta a quienes contribuyeron",
        body:
          "Quienes dan su tiempo y sus opiniones deben saber qué se hizo con ellas, de una forma fácil de encontrar y " +
          "de entender.",
      },
      fr: {
        title: "Rendre compte à celles et ceux qui ont contribué",
        body:
          "Les personnes qui donnent leur temps et leur avis devraient savoir ce qui en a été fait, sous une forme " +
          "facile à trouver et à comprendre.",
      },
      ar: {
        title: "إبلاغ المساهمين والمساهمات بما آلت إليه مساهماتهم",
        body: "ينبغي أن يعرف من يقدّمون وقتهم وآراءهم ما الذي جرى بها، بطريقة يسهل العثور عليها وفهمها.",
      },
    },
  },
  {
    number: 10,
    theme: "recovery",
    describesViolence: false,
    text: {
      en: {
        title: "Restore access to education, work and public life as part of redress",
        body:
          "Redress should include giving back what was taken away because of gender: schooling, livelihoods, and the " +
          "freedom to take part in public life.",
      },
      es: {
        title: "Restablecer el acceso a la educación, el trabajo y la vida pública como parte de la reparación",
        body:
          "La reparación debe incluir la devolución de lo que se quitó por motivos de género: la escolaridad, los " +
          "medios de vida y la libertad de participar en la vida pública.",
      },
      fr: {
        title: "Rétablir l'accès à l'éducation, au travail et à la vie publique dans le cadre de la réparation",
        body:
          "La réparation devrait inclure le retour de ce qui a été retiré en raison du genre : la scolarité, les " +
          "moyens de subsistance et la liberté de participer à la vie publique.",
      },
      ar: {
        title: "استعادة الوصول إلى التعليم والعمل والحياة العامة جزءًا من جبر الضرر",
        body:
          "ينبغي أن يشمل جبر الضرر إعادة ما سُلب بسبب النوع الاجتماعي: التعليم وسبل العيش وحرية المشاركة في الحياة " +
          "العامة.",
      },
    },
  },
  {
    number: 11,
    theme: "recovery",
    describesViolence: true,
    text: {
      en: {
        title: "Offer long-term psychosocial and community support",
        body:
          "Survivors of persecution, including people who lived through sexual and other violence, need support that " +
          "lasts beyond any single process and reaches their communities.",
      },
      es: {
        title: "Ofrecer apoyo psicosocial y comunitario a largo plazo",
        body:
          "Las personas sobrevivientes de la persecución, incluidas quienes vivieron violencia sexual y otras formas " +
          "de violencia, necesitan un apoyo que dure más allá de cualquier proceso y que llegue a sus comunidades.",
      },
      fr: {
        title: "Offrir un soutien psychosocial et communautaire à long terme",
        body:
          "Les personnes ayant survécu à la persécution, y compris celles qui ont subi des violences sexuelles ou " +
          "d'autres violences, ont besoin d'un soutien qui dure au-delà de toute procédure et qui atteint leurs " +
          "communautés.",
      },
      ar: {
        title: "تقديم دعم نفسي اجتماعي ومجتمعي طويل الأمد",
        body:
          "يحتاج الناجون والناجيات من الاضطهاد، بمن فيهم من تعرّضوا للعنف الجنسي وغيره من أشكال العنف، إلى دعم " +
          "يستمر بعد انتهاء أي إجراء ويصل إلى مجتمعاتهم.",
      },
    },
  },
  {
    number: 12,
    theme: "recovery",
    describesViolence: false,
    text: {
      en: {
        title: "Shape reparations with the affected communities, including collective measures",
        body:
          "Affected people should help decide what reparations include, and reparations can benefit whole " +
          "communities as well as individuals.",
      },
      es: {
        title: "Definir las reparaciones junto con las comunidades afectadas, incluidas medidas colectivas",
        body:
          "Las personas afectadas deben ayudar a decidir qué incluyen las reparaciones, y las reparaciones pueden " +
          "beneficiar a comunidades enteras además de a personas individuales.",
      },
      fr: {
        title: "Définir les réparations avec les communautés touchées, y compris par des mesures collectives",
        body:
          "Les personnes touchées devraient participer à la décision sur le contenu des réparations, et les " +
          "réparations peuvent bénéficier à des communautés entières autant qu'à des individus.",
      },
      ar: {
        title: "تحديد تدابير جبر الضرر بالاشتراك مع المجتمعات المتضررة، بما فيها التدابير الجماعية",
        body:
          "ينبغي أن يشارك المتضررون في تقرير ما تشمله تدابير جبر الضرر، ويمكن أن تعود هذه التدابير بالنفع على " +
          "مجتمعات بأكملها وعلى الأفراد أيضًا.",
      },
    },
  },
];

// ---------------------------------------------------------------- questions

export type DemoQuestion = {
  theme: Theme;
  kind: QuestionKind;
  /** For stance questions: the principle the stance is about. */
  principleNumber?: number;
  prompt: Localised<string>;
  help: Localised<string>;
  /** For choice questions, in display order. */
  options?: readonly Localised<string>[];
};

const freeTextHelp: Localised<string> = {
  en: "Please leave out names and other details that could identify you or anyone else.",
  es: "Por favor, no incluya nombres ni otros datos que puedan identificarle a usted o a otras personas.",
  fr: "Merci de ne pas indiquer de noms ni d'autres détails qui pourraient vous identifier, vous ou d'autres personnes.",
  ar: "يُرجى عدم ذكر أسماء أو تفاصيل أخرى قد تكشف هويتكم أو هوية أي شخص آخر.",
};

function stanceQuestion(theme: Theme, principleNumber: number): DemoQuestion {
  const n = String(principleNumber);
  return {
    theme,
    kind: "stance",
    principleNumber,
    prompt: {
      en: `How far do you agree with principle ${n}?`,
      es: `¿Hasta qué punto está de acuerdo con el principio ${n}?`,
      fr: `Dans quelle mesure êtes-vous d'accord avec le principe ${n} ?`,
      ar: `إلى أي مدى توافقون على المبدأ ${n}؟`,
    },
    help: {
      en: `You can read principle ${n} above. If you wish, say why, or what you would change.`,
      es: `Puede leer el principio ${n} más arriba. Si quiere, diga por qué o qué cambiaría.`,
      fr: `Vous pouvez lire le principe ${n} ci-dessus. Si vous le souhaitez, dites pourquoi ou ce que vous changeriez.`,
      ar: `يمكنكم قراءة المبدأ ${n} أعلاه. وإن شئتم، اذكروا السبب أو ما الذي تودّون تغييره.`,
    },
  };
}

/** In display order; positions are assigned from this order. */
export const demoQuestions: readonly DemoQuestion[] = [
  // Prevention
  {
    theme: "prevention",
    kind: "free_text",
    prompt: {
      en: "In your view, what early signs can show that people's rights may be at risk because of their gender?",
      es: "En su opinión, ¿qué señales tempranas pueden mostrar que los derechos de las personas están en riesgo por su género?",
      fr: "Selon vous, quels signes précoces peuvent montrer que les droits de certaines personnes sont menacés en raison de leur genre ?",
      ar: "برأيكم، ما العلامات المبكرة التي قد تدل على أن حقوق الأشخاص معرضة للخطر بسبب نوعهم الاجتماعي؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "prevention",
    kind: "free_text",
    prompt: {
      en: "Who do you think should act when those signs appear?",
      es: "¿Quién cree que debería actuar cuando aparecen esas señales?",
      fr: "Selon vous, qui devrait agir lorsque ces signes apparaissent ?",
      ar: "من الذي ترون أنه ينبغي أن يتحرك عند ظهور هذه العلامات؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "prevention",
    kind: "free_text",
    prompt: {
      en: "What would help people be heard early, before things get worse?",
      es: "¿Qué ayudaría a que las personas sean escuchadas pronto, antes de que las cosas empeoren?",
      fr: "Qu'est-ce qui aiderait les personnes à être entendues tôt, avant que la situation ne s'aggrave ?",
      ar: "ما الذي يساعد على أن تُسمع أصوات الناس مبكرًا، قبل أن تسوء الأمور؟",
    },
    help: freeTextHelp,
  },
  stanceQuestion("prevention", 1),

  // Protection
  {
    theme: "protection",
    kind: "free_text",
    prompt: {
      en: "What makes it safe, or unsafe, for someone to speak about these issues where you live?",
      es: "¿Qué hace que sea seguro, o inseguro, hablar de estos temas en el lugar donde vive?",
      fr: "Qu'est-ce qui rend sûr, ou dangereux, le fait de parler de ces questions là où vous vivez ?",
      ar: "ما الذي يجعل الحديث عن هذه القضايا آمنًا أو غير آمن في المكان الذي تعيشون فيه؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "protection",
    kind: "free_text",
    prompt: {
      en: "What kinds of protection would matter most to you or people you know?",
      es: "¿Qué tipos de protección serían más importantes para usted o para personas que conoce?",
      fr: "Quels types de protection compteraient le plus pour vous ou pour des personnes que vous connaissez ?",
      ar: "ما أنواع الحماية الأهم بالنسبة إليكم أو إلى أشخاص تعرفونهم؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "protection",
    kind: "free_text",
    prompt: {
      en: "Is there any information you would want kept private in a process like this?",
      es: "¿Hay alguna información que querría mantener en privado en un proceso como este?",
      fr: "Y a-t-il des informations que vous voudriez garder confidentielles dans un processus comme celui-ci ?",
      ar: "هل هناك معلومات تريدون أن تبقى سرية في عملية كهذه؟",
    },
    help: {
      en: "Please describe the kinds of information (for example, where someone lives), not the information itself.",
      es: "Describa los tipos de información (por ejemplo, dónde vive alguien), no la información en sí.",
      fr: "Décrivez les types d'informations (par exemple, le lieu où vit une personne), pas les informations elles-mêmes.",
      ar: "يُرجى وصف أنواع المعلومات (مثل مكان سكن شخص ما)، لا المعلومات نفسها.",
    },
  },
  stanceQuestion("protection", 5),

  // Participation
  {
    theme: "participation",
    kind: "free_text",
    prompt: {
      en: "How would you like to take part in decisions about justice, if at all?",
      es: "¿Cómo le gustaría participar en las decisiones sobre la justicia, si es que quiere hacerlo?",
      fr: "Comment aimeriez-vous participer aux décisions concernant la justice, si vous le souhaitez ?",
      ar: "كيف تودّون المشاركة في القرارات المتعلقة بالعدالة، إن رغبتم في ذلك؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "participation",
    kind: "multiple_choice",
    prompt: {
      en: "What gets in the way of taking part?",
      es: "¿Qué dificulta participar?",
      fr: "Qu'est-ce qui empêche de participer ?",
      ar: "ما الذي يعيق المشاركة؟",
    },
    help: {
      en: "Choose any that apply.",
      es: "Elija todas las que correspondan.",
      fr: "Choisissez toutes les réponses qui s'appliquent.",
      ar: "اختاروا كل ما ينطبق.",
    },
    options: [
      { en: "Language", es: "El idioma", fr: "La langue", ar: "اللغة" },
      {
        en: "Cost (travel, internet or phone credit)",
        es: "El costo (transporte, internet o saldo del teléfono)",
        fr: "Le coût (transport, internet ou crédit téléphonique)",
        ar: "التكلفة (المواصلات أو الإنترنت أو رصيد الهاتف)",
      },
      { en: "Safety", es: "La seguridad", fr: "La sécurité", ar: "السلامة" },
      {
        en: "Time or care responsibilities",
        es: "El tiempo o las tareas de cuidado",
        fr: "Le temps ou les responsabilités familiales",
        ar: "الوقت أو مسؤوليات الرعاية",
      },
      { en: "Something else", es: "Otra cosa", fr: "Autre chose", ar: "شيء آخر" },
    ],
  },
  {
    theme: "participation",
    kind: "free_text",
    prompt: {
      en: "How would you like to hear back about what happened with your input?",
      es: "¿Cómo le gustaría saber qué pasó con sus aportes?",
      fr: "Comment aimeriez-vous savoir ce qu'il est advenu de votre contribution ?",
      ar: "كيف تودّون أن تعرفوا ما الذي جرى بمساهمتكم؟",
    },
    help: freeTextHelp,
  },
  stanceQuestion("participation", 8),

  // Recovery
  {
    theme: "recovery",
    kind: "free_text",
    prompt: {
      en: "What would “repair” look like for you or your community?",
      es: "¿Cómo sería la «reparación» para usted o para su comunidad?",
      fr: "À quoi ressemblerait la « réparation » pour vous ou pour votre communauté ?",
      ar: "كيف يبدو «جبر الضرر» بالنسبة إليكم أو إلى مجتمعكم؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "recovery",
    kind: "free_text",
    prompt: {
      en: "Which kinds of support should come first?",
      es: "¿Qué tipos de apoyo deberían llegar primero?",
      fr: "Quels types de soutien devraient venir en premier ?",
      ar: "ما أنواع الدعم التي ينبغي أن تأتي أولًا؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "recovery",
    kind: "free_text",
    prompt: {
      en: "Who should be involved in deciding what repair includes?",
      es: "¿Quién debería participar en decidir qué incluye la reparación?",
      fr: "Qui devrait participer à la décision sur ce que comprend la réparation ?",
      ar: "من الذي ينبغي أن يشارك في تقرير ما يشمله جبر الضرر؟",
    },
    help: freeTextHelp,
  },
  stanceQuestion("recovery", 12),
];

// ---------------------------------------------------------------- consent

/**
 * Version 1 of the consent text. Paragraphs are separated by a blank line;
 * each paragraph opens with a short lead-in ("Who reads what: …"). Together
 * they cover the 13-point checklist (research/domain.md §3): purpose and what
 * this is not; who reads raw input and who only summaries; where and how long;
 * risks; the separate unticked choices; time and space; ongoing consent and
 * withdrawal with what cannot be undone; data minimisation and no retelling;
 * confidentiality; the feedback loop; support.
 */
export const demoConsentText = {
  version: 1,
  body: {
    en: [
      "What this is: this consultation gathers views on the draft Principles on the Crime of Gender Persecution. Your " +
        "input helps the people drafting the principles understand what matters to survivors and their communities. " +
        "It is not testimony, a complaint or evidence for any case, and it cannot start an investigation. We cannot " +
        "promise that any particular change will be made.",
      "Who reads what: facilitators of the host organisations named on the consultation page read your answers as you " +
        "wrote them. They are trained for this work, follow a moderation code, and remove names and details that " +
        "could identify anyone. The drafters of the principles see only anonymised thematic summaries, counts, and " +
        "the quotes you allow. Public reports contain combined findings and, only if you allow it, short anonymous " +
        "quotes. Your original answers are not passed to anyone else (no court, authority or other organisation) " +
        "without your consent.",
      "Where and for how long: your answers are stored encrypted on the server of the platform run for this " +
        "consultation. Every time a facilitator opens or changes them, this is recorded. The original words are " +
        "deleted at the latest 12 months after the consultation closes; summaries that contain no identifying details " +
        "may be kept longer.",
      "Risks: someone who can see or monitor your device or browser may be able to tell that you visited this site. " +
        "The Quick exit button leaves this site at once, but it does not erase your browsing history. If you are " +
        "worried, read the safety page (/safety) before you continue, and if you can, use a device or browser that " +
        "nobody else uses. Taking part may carry risks where you live; only you can judge them, and you can stop at " +
        "any time.",
      "What we ask of you: we do not need your real name, email address, phone number or where you live. Please do not " +
        "include them, or the names of other people. We ask about the principles and what people need, not about " +
        "what happened to you: you never have to describe your own experiences.",
      "Your choices: on the next step you will see separate choices, none of them ticked. (a) Use my input in " +
        "anonymised thematic summaries: needed to send input. (b) Drafters may read my words quoted anonymously. (c) " +
        "My words may be quoted anonymously in public reports. You can say no to (b) and (c) and still take part.",
      "Take your time: there is no time limit. You can read this, leave, and decide later. You can save your answers " +
        "and finish another day. Every question is optional.",
      "If you change your mind: before you send anything, you will see your choices again. Afterwards, from “My " +
        "contributions” (or with your receipt code), you can change your choices, edit or withdraw your input, or " +
        "delete your account, at any time and without giving a reason. When you withdraw input, your words are " +
        "deleted at once, and within 10 minutes they can no longer be recovered from this server; copies in backups " +
        "made before then are kept only as long as the host organisations keep their backups. What cannot be undone: a summary or report that has already been published will not be recalled, " +
        "although it never names you.",
      "Hearing back: “My contributions” and your receipt page show what happened to your input (received, in review, " +
        "included in a summary, quoted) and the consultation's published outcomes.",
      "Support: talking or thinking about these issues can be hard. Support services for this region are listed on " +
        "every page and at the end. You can take a break at any time.",
    ].join("\n\n"),
    es: [
      "Qué es esto: esta consulta recoge opiniones sobre el borrador de Principios sobre el crimen de persecución por " +
        "motivos de género. Sus aportes ayudan a quienes redactan los principios a entender qué es importante para " +
        "las personas sobrevivientes y sus comunidades. No son un testimonio, una denuncia ni una prueba para ningún " +
        "caso, y no pueden iniciar una investigación. No podemos prometer que se hará ningún cambio en particular.",
      "Quién lee qué: las personas facilitadoras de las organizaciones anfitrionas que aparecen en la página de la " +
        "consulta leen sus respuestas tal como usted las escribió. Tienen formación para este trabajo, siguen un " +
        "código de moderación y quitan los nombres y los datos que puedan identificar a alguien. Quienes redactan los " +
        "principios solo ven resúmenes temáticos anonimizados, cifras y las citas que usted permita. Los informes " +
        "públicos contienen resultados de conjunto y, solo si usted lo permite, citas breves y anónimas. Sus " +
        "respuestas originales no se entregan a nadie más (ni a un tribunal, ni a una autoridad, ni a otra " +
        "organización) sin su consentimiento.",
      "Dónde y por cuánto tiempo: sus respuestas se guardan cifradas en el servidor de la plataforma de esta " +
        "consulta. Cada vez que una persona facilitadora las abre o las cambia, queda registrado. Las palabras " +
        "originales se borran, como muy tarde, 12 meses después del cierre de la consulta; los resúmenes que no " +
        "contienen datos identificativos pueden conservarse más tiempo.",
      "Riesgos: alguien que pueda ver o vigilar su dispositivo o su navegador podría saber que usted visitó este " +
        "sitio. El botón «Salida rápida» sale de este sitio de inmediato, pero no borra su historial de navegación. " +
        "Si le preocupa, lea la página de seguridad (/safety) antes de continuar y, si puede, use un dispositivo o un " +
        "navegador que nadie más use. Participar puede tener riesgos en el lugar donde vive; solo usted puede " +
        "valorarlos, y puede parar en cualquier momento.",
      "Lo que le pedimos: no necesitamos su nombre real, su correo electrónico, su teléfono ni el lugar donde vive. " +
        "Por favor, no los incluya, ni tampoco nombres de otras personas. Preguntamos sobre los principios y sobre lo " +
        "que las personas necesitan, no sobre lo que le pasó: nunca tiene que contar sus propias experiencias.",
      "Sus opciones: en el siguiente paso verá opciones separadas, ninguna marcada. (a) Usar mis aportes en " +
        "resúmenes temáticos anonimizados: necesaria para enviar aportes. (b) Quienes redactan pueden leer mis " +
        "palabras citadas de forma anónima. (c) Mis palabras pueden citarse de forma anónima en informes públicos. " +
        "Puede decir que no a (b) y (c) y participar igualmente.",
      "Tómese su tiempo: no hay límite de tiempo. Puede leer esto, salir y decidir más tarde. Puede guardar sus " +
        "respuestas y terminar otro día. Todas las preguntas son opcionales.",
      "Si cambia de opinión: antes de enviar, verá sus opciones otra vez. Después, desde «Mis aportes» (o con su " +
        "código de recibo), puede cambiar sus opciones, editar o retirar sus aportes o borrar su cuenta, en cualquier " +
        "momento y sin dar explicaciones. Cuando retira sus aportes, sus palabras se borran de inmediato y, en un plazo de 10 " +
        "minutos, ya no se pueden recuperar de este servidor; las copias de seguridad hechas antes se conservan solo " +
        "mientras las organizaciones anfitrionas conserven sus copias de seguridad. Lo que no se puede " +
        "deshacer: un resumen o un informe ya publicado no se retirará, aunque en él nunca aparece su nombre.",
      "Saber qué pasó: «Mis aportes» y la página de su recibo muestran qué pasó con sus aportes (recibidos, en " +
        "revisión, incluidos en un resumen, citados) y los resultados publicados de la consulta.",
      "Apoyo: hablar o pensar sobre estos temas puede ser difícil. Los servicios de apoyo de esta región aparecen en " +
        "cada página y al final. Puede tomarse un descanso cuando quiera.",
    ].join("\n\n"),
    fr: [
      "De quoi s'agit-il : cette consultation recueille des avis sur le projet de Principes relatifs au crime de " +
        "persécution fondée sur le genre. Votre contribution aide les personnes qui rédigent les principes à " +
        "comprendre ce qui compte pour les personnes survivantes et leurs communautés. Ce n'est ni un témoignage, ni " +
        "une plainte, ni une preuve pour une affaire, et elle ne peut pas déclencher d'enquête. Nous ne pouvons pas " +
        "promettre qu'un changement particulier sera apporté.",
      "Qui lit quoi : les personnes chargées de l'animation au sein des organisations hôtes indiquées sur la page de " +
        "la consultation lisent vos réponses telles que vous les avez écrites. Elles sont formées à ce travail, " +
        "suivent un code de modération et retirent les noms et les détails qui pourraient identifier quelqu'un. Les " +
        "personnes qui rédigent les principes ne voient que des synthèses thématiques anonymisées, des chiffres et " +
        "les citations que vous autorisez. Les rapports publics contiennent des résultats d'ensemble et, seulement " +
        "si vous l'autorisez, de courtes citations anonymes. Vos réponses d'origine ne sont transmises à personne " +
        "d'autre (ni à un tribunal, ni à une autorité, ni à une autre organisation) sans votre consentement.",
      "Où et combien de temps : vos réponses sont conservées chiffrées sur le serveur de la plateforme de cette " +
        "consultation. Chaque fois qu'une personne chargée de l'animation les ouvre ou les modifie, c'est enregistré. " +
        "Les mots d'origine sont supprimés au plus tard 12 mois après la clôture de la consultation ; les synthèses " +
        "qui ne contiennent aucun détail identifiant peuvent être conservées plus longtemps.",
      "Risques : une personne qui peut voir ou surveiller votre appareil ou votre navigateur pourrait savoir que vous " +
        "avez visité ce site. Le bouton « Sortie rapide » quitte ce site immédiatement, mais n'efface pas votre " +
        "historique de navigation. Si cela vous inquiète, lisez la page de sécurité (/safety) avant de continuer et, " +
        "si possible, utilisez un appareil ou un navigateur que personne d'autre n'utilise. Participer peut comporter " +
        "des risques là où vous vivez ; c'est à vous de les évaluer, et vous pouvez vous arrêter à tout moment.",
      "Ce que nous vous demandons : nous n'avons pas besoin de votre vrai nom, de votre adresse e-mail, de votre " +
        "numéro de téléphone ni de votre lieu de vie. Merci de ne pas les indiquer, ni les noms d'autres personnes. " +
        "Nous posons des questions sur les principes et sur les besoins des personnes, pas sur ce qui vous est " +
        "arrivé : vous n'avez jamais à raconter votre propre vécu.",
      "Vos choix : à l'étape suivante, vous verrez des choix séparés, dont aucun n'est coché. (a) Utiliser ma " +
        "contribution dans des synthèses thématiques anonymisées : nécessaire pour envoyer une contribution. (b) Les " +
        "personnes qui rédigent peuvent lire mes mots cités de façon anonyme. (c) Mes mots peuvent être cités de " +
        "façon anonyme dans des rapports publics. Vous pouvez refuser (b) et (c) et participer quand même.",
      "Prenez votre temps : il n'y a pas de limite de temps. Vous pouvez lire ce texte, partir et décider plus tard. " +
        "Vous pouvez enregistrer vos réponses et terminer un autre jour. Toutes les questions sont facultatives.",
      "Si vous changez d'avis : avant l'envoi, vous verrez de nouveau vos choix. Ensuite, depuis « Mes " +
        "contributions » (ou avec votre code de reçu), vous pouvez modifier vos choix, modifier ou retirer votre " +
        "contribution, ou supprimer votre compte, à tout moment et sans avoir à vous justifier. Quand vous retirez " +
        "une contribution, vos mots sont supprimés immédiatement et, dans un délai de 10 minutes, ne peuvent plus être " +
        "récupérés sur ce serveur ; les copies de sauvegarde faites avant ce moment ne sont conservées qu'aussi " +
        "longtemps que les organisations hôtes conservent leurs sauvegardes. Ce qui ne peut pas être annulé : une synthèse ou un rapport déjà " +
        "publié ne sera pas retiré, même s'il ne vous nomme jamais.",
      "Savoir ce qu'il en est advenu : « Mes contributions » et la page de votre reçu indiquent ce qu'il est advenu " +
        "de votre contribution (reçue, en cours d'examen, incluse dans une synthèse, citée) ainsi que les résultats " +
        "publiés de la consultation.",
      "Soutien : parler de ces questions ou y penser peut être difficile. Les services de soutien de cette région " +
        "sont indiqués sur chaque page et à la fin. Vous pouvez faire une pause à tout moment.",
    ].join("\n\n"),
    ar: [
      "ما هذه المشاورة: تجمع هذه المشاورة الآراء حول مشروع المبادئ المتعلقة بجريمة الاضطهاد القائم على النوع " +
        "الاجتماعي. وتساعد مساهمتكم من يصوغون المبادئ على فهم ما يهمّ الناجين والناجيات ومجتمعاتهم. وهي ليست " +
        "شهادة ولا شكوى ولا دليلًا في أي قضية، ولا يمكن أن تؤدي إلى فتح تحقيق. ولا يمكننا أن نعد بإجراء أي تغيير " +
        "بعينه.",
      "من يقرأ ماذا: يقرأ الميسّرون والميسّرات في المنظمات المضيفة المذكورة في صفحة المشاورة إجاباتكم كما " +
        "كتبتموها. وهم مدرَّبون على هذا العمل، ويتبعون مدوّنة سلوك للإشراف على المساهمات، ويحذفون الأسماء والتفاصيل " +
        "التي قد تكشف هوية أي شخص. أما من يصوغون المبادئ فلا يرون إلا ملخصات موضوعية مجهولة الهوية وأرقامًا " +
        "والاقتباسات التي تسمحون بها. وتتضمن التقارير العامة نتائج مجمّعة، ولا تتضمن اقتباسات قصيرة مجهولة الهوية " +
        "إلا إذا سمحتم بذلك. ولا تُسلَّم إجاباتكم الأصلية إلى أي جهة أخرى (لا إلى محكمة ولا إلى سلطة ولا إلى منظمة " +
        "أخرى) دون موافقتكم.",
      "أين تُحفظ البيانات وإلى متى: تُحفظ إجاباتكم مشفّرة على خادم المنصة الخاصة بهذه المشاورة، ويُسجَّل كل اطلاع " +
        "عليها أو تعديل لها من قِبل الميسّرين. وتُحذف الكلمات الأصلية في موعد أقصاه 12 شهرًا بعد إغلاق المشاورة، وقد " +
        "تُحفظ الملخصات التي لا تتضمن أي تفاصيل تكشف الهوية مدة أطول.",
      "المخاطر: قد يتمكن من يستطيع رؤية جهازكم أو متصفحكم أو مراقبتهما من معرفة أنكم زرتم هذا الموقع. يُخرجكم زر " +
        "«خروج سريع» من الموقع فورًا، لكنه لا يمحو سجل التصفح. إن كان ذلك يقلقكم، فاقرؤوا صفحة السلامة (/safety) قبل " +
        "المتابعة، واستخدموا إن أمكن جهازًا أو متصفحًا لا يستخدمه غيركم. قد تنطوي المشاركة على مخاطر في المكان الذي " +
        "تعيشون فيه؛ أنتم وحدكم من يستطيع تقديرها، ويمكنكم التوقف في أي وقت.",
      "ما نطلبه منكم: لا نحتاج إلى أسمائكم الحقيقية ولا إلى بريدكم الإلكتروني ولا أرقام هواتفكم ولا أماكن سكنكم. " +
        "يُرجى عدم ذكرها، وعدم ذكر أسماء أشخاص آخرين. نسأل عن المبادئ وعمّا يحتاجه الناس، لا عمّا حدث لكم: لستم " +
        "مضطرين أبدًا إلى سرد تجاربكم.",
      "خياراتكم: في الخطوة التالية سترون خيارات منفصلة، لا يكون أي منها محددًا مسبقًا. (أ) استخدام مساهمتي في " +
        "ملخصات موضوعية مجهولة الهوية: وهذا شرط لإرسال المساهمة. (ب) يجوز لمن يصوغون المبادئ قراءة كلماتي مقتبسة " +
        "دون ذكر هويتي. (ج) يجوز اقتباس كلماتي دون ذكر هويتي في تقارير عامة. يمكنكم رفض (ب) و(ج) والمشاركة مع ذلك.",
      "خذوا وقتكم: لا يوجد حد زمني. يمكنكم قراءة هذا النص والمغادرة واتخاذ القرار لاحقًا، ويمكنكم حفظ إجاباتكم " +
        "وإكمالها في يوم آخر. جميع الأسئلة اختيارية.",
      "إذا غيّرتم رأيكم: قبل الإرسال سترون خياراتكم مرة أخرى. وبعد ذلك، من صفحة «مساهماتي» (أو باستخدام رمز " +
        "الإيصال)، يمكنكم تغيير خياراتكم أو تعديل مساهمتكم أو سحبها أو حذف حسابكم، في أي وقت ودون إبداء أسباب. وعند " +
        "سحب المساهمة تُحذف كلماتكم فورًا، وفي غضون 10 دقائق لا يعود بالإمكان استعادتها من هذا الخادم؛ أما النسخ " +
        "الاحتياطية التي أُعدّت قبل ذلك فلا تُحفظ إلا طوال المدة التي تحتفظ فيها المنظمات المضيفة بنسخها الاحتياطية. ما لا يمكن التراجع عنه: لن يُسحب ملخص أو تقرير نُشر بالفعل، مع أنه لا يذكركم " +
        "بالاسم أبدًا.",
      "معرفة ما حدث لمساهمتكم: تعرض صفحة «مساهماتي» وصفحة الإيصال ما حدث لمساهمتكم (استُلمت، قيد المراجعة، " +
        "أُدرجت في ملخص، اقتُبست) والنتائج المنشورة للمشاورة.",
      "الدعم: قد يكون الحديث عن هذه القضايا أو التفكير فيها صعبًا. تظهر خدمات الدعم في هذه المنطقة في كل صفحة وفي " +
        "النهاية، ويمكنكم أخذ استراحة في أي وقت.",
    ].join("\n\n"),
  } satisfies Localised<string>,
} as const;

// ---------------------------------------------------------------- support resources

export type DemoSupportResource = { name: string; description: string; contact: string };

/** Fictional services only: ".example" addresses and numbers made of zeros. Never a real hotline. */
export const demoSupportResources: Localised<readonly DemoSupportResource[]> = {
  es: [
    {
      name: "Línea de escucha de la Colectiva Mujeres del Puente (ficticia)",
      description:
        "Escucha confidencial y orientación hacia otros servicios, en español, de lunes a viernes de 8:00 a 18:00 " +
        "(hora de Bogotá). Servicio ficticio de demostración.",
      contact: "escucha@mujeresdelpuente.example · número ficticio 000 000 0000",
    },
    {
      name: "Apoyo psicosocial entre pares, Red Arcoíris Andina (ficticio)",
      description:
        "Acompañamiento psicosocial para personas LGBTQI+, en línea y en persona en Bogotá. Servicio ficticio de " +
        "demostración.",
      contact: "apoyo@redarcoiris.example",
    },
    {
      name: "Consultorio jurídico gratuito (ficticio)",
      description:
        "Información general sobre derechos y opciones, sin abrir ningún caso. Servicio ficticio de demostración.",
      contact: "orientacion@consultoriojuridico.example",
    },
  ],
  en: [
    {
      name: "Listening line, Colectiva Mujeres del Puente (fictional)",
      description:
        "Confidential listening and referral to other services, in Spanish, Monday to Friday 8:00–18:00 (Bogotá " +
        "time). Fictional demo service.",
      contact: "escucha@mujeresdelpuente.example · fictional number 000 000 0000",
    },
    {
      name: "Peer psychosocial support, Red Arcoíris Andina (fictional)",
      description: "Psychosocial support for LGBTQI+ people, online and in person in Bogotá. Fictional demo service.",
      contact: "apoyo@redarcoiris.example",
    },
    {
      name: "Free legal information clinic (fictional)",
      description: "General information about rights and options, without opening any case. Fictional demo service.",
      contact: "orientacion@consultoriojuridico.example",
    },
  ],
  fr: [
    {
      name: "Ligne d'écoute de la Colectiva Mujeres del Puente (fictive)",
      description:
        "Écoute confidentielle et orientation vers d'autres services, en espagnol, du lundi au vendredi de 8 h à 18 h " +
        "(heure de Bogotá). Service fictif de démonstration.",
      contact: "escucha@mujeresdelpuente.example · numéro fictif 000 000 0000",
    },
    {
      name: "Soutien psychosocial entre pairs, Red Arcoíris Andina (fictif)",
      description:
        "Soutien psychosocial pour les personnes LGBTQI+, en ligne et en personne à Bogotá. Service fictif de " +
        "démonstration.",
      contact: "apoyo@redarcoiris.example",
    },
  ],
  ar: [
    {
      name: "خط الإصغاء التابع لـ Colectiva Mujeres del Puente (خيالي)",
      description:
        "إصغاء سري وإحالة إلى خدمات أخرى، باللغة الإسبانية، من الاثنين إلى الجمعة من 8:00 إلى 18:00 (بتوقيت " +
        "بوغوتا). خدمة خيالية لأغراض العرض.",
      contact: "escucha@mujeresdelpuente.example · رقم خيالي 000 000 0000",
    },
    {
      name: "دعم نفسي اجتماعي من الأقران، Red Arcoíris Andina (خيالي)",
      description: "دعم نفسي اجتماعي لأفراد مجتمع الميم، عبر الإنترنت وحضوريًا في بوغوتا. خدمة خيالية لأغراض العرض.",
      contact: "apoyo@redarcoiris.example",
    },
  ],
};
