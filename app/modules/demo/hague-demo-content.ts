/**
 * Content of the second demo consultation (The Hague, with Afghan and Iranian
 * diaspora groups), in English, Persian, Dari and Pashto, so anyone can try
 * the right-to-left path end to end (issue 14). Everything here is
 * fictional: the organisations, their contacts and the support services are
 * invented (".example" addresses, numbers made of zeros), and the draft
 * principles are illustrative wording, not the Office of the Prosecutor's
 * text. Persian, Dari and Pashto follow docs/glossary/<lng>.md and, like the
 * interface strings, await review by a native speaker.
 *
 * Questions ask about principles and needs, never about what happened to the
 * person answering; every one of them can be skipped.
 */
import type { HostRole, QuestionKind, Theme } from "~/generated/prisma/enums";

/** English first: the consultation's default language, for a reader whose own is not offered. */
export const hagueLanguages = ["en", "fa", "fa-AF", "ps"] as const;
export type HagueLanguage = (typeof hagueLanguages)[number];
type Localised<T> = Readonly<Record<HagueLanguage, T>>;

export type HagueOrganisation = { slug: string; name: string; description: string; region: string; supportContact: string; hostRole: HostRole };

export const hagueOrganisations: readonly HagueOrganisation[] = [
  {
    slug: "stichting-vrije-stemmen",
    name: "Stichting Vrije Stemmen",
    description:
      "Fictional foundation in The Hague that supports women, girls and LGBTQI+ people who fled Afghanistan and Iran. " +
      "It exists only in the Convene demo.",
    region: "The Hague, Netherlands",
    supportContact: "contact@vrijestemmen.example · 000 000 0000",
    hostRole: "lead",
  },
  {
    slug: "hamdeli-network",
    name: "Hamdeli Network",
    description:
      "Fictional network of Afghan and Iranian diaspora groups in the Netherlands, offering peer support in Persian, " +
      "Dari and Pashto. It exists only in the Convene demo.",
    region: "Netherlands",
    supportContact: "hello@hamdeli.example",
    hostRole: "cohost",
  },
];

export const hagueConsultation = {
  slug: "the-hague-2026",
  regionCity: "The Hague",
  regionCountry: "Netherlands",
  timeZone: "Europe/Amsterdam",
  languages: hagueLanguages,
  /** Midnight in The Hague (UTC+1 in November). */
  opensAt: new Date("2026-11-01T00:00:00+01:00"),
  closesAt: new Date("2027-12-31T23:59:59+01:00"),
  text: {
    en: {
      title: "The Hague consultation with Afghan and Iranian diaspora groups",
      description:
        "Share your views on the draft Principles on the Crime of Gender Persecution, from where you live now: what " +
        "they should say about gender apartheid, about people who fled, and about taking part from exile. All questions " +
        "are optional, and you can stop and come back later. This is a demonstration consultation: the host " +
        "organisations are fictional.",
      whatHappens: [
        "Your words are input to draft principles. They are not testimony, a complaint or evidence for any case, and " +
          "nobody will contact you about them unless you allow it.",
        "Facilitators of the host organisations read what you write. They remove names and other details that could " +
          "identify anyone, including your family in Afghanistan or Iran, and group the input by theme.",
        "The drafters of the principles never see your original answers. They read anonymised summaries and only the " +
          "quotes their authors agreed to share.",
        "Your answers are stored encrypted. The original words are deleted at the latest 12 months after the " +
          "consultation closes. Until then you can view, change, withdraw or delete them.",
      ].join("\n\n"),
    },
    fa: {
      title: "نظرخواهی لاهه با گروه‌های مهاجر افغانستانی و ایرانی",
      description:
        "از جایی که اکنون زندگی می‌کنید، نظرتان را دربارهٔ پیش‌نویس اصول مربوط به جنایت آزار و تعقیب جنسیتی بگویید: " +
        "این اصول دربارهٔ آپارتاید جنسیتی، دربارهٔ کسانی که ناچار به ترک کشورشان شده‌اند و دربارهٔ مشارکت از تبعید چه " +
        "باید بگویند. پاسخ دادن به همهٔ پرسش‌ها اختیاری است و می‌توانید هر وقت خواستید دست نگه دارید و بعداً برگردید. " +
        "این یک نظرخواهی نمایشی است: سازمان‌های برگزارکننده ساختگی‌اند.",
      whatHappens: [
        "سخنان شما نظری برای پیش‌نویس اصول است. شهادت، شکایت یا مدرکی برای هیچ پرونده‌ای نیست و هیچ‌کس دربارهٔ آن با " +
          "شما تماس نمی‌گیرد، مگر اینکه خودتان اجازه دهید.",
        "تسهیلگران سازمان‌های برگزارکننده آنچه را می‌نویسید می‌خوانند. آن‌ها نام‌ها و جزئیات دیگری را که ممکن است کسی " +
          "را شناسایی کند، از جمله خانواده‌تان در افغانستان یا ایران، حذف می‌کنند و نظرات را بر اساس محور دسته‌بندی می‌کنند.",
        "تدوین‌کنندگان اصول هرگز پاسخ‌های اصلی شما را نمی‌بینند. آن‌ها فقط خلاصه‌های بی‌نام‌شده و نقل‌قول‌هایی را " +
          "می‌خوانند که نویسندگانشان با به اشتراک گذاشتنشان موافقت کرده‌اند.",
        "پاسخ‌های شما رمزگذاری‌شده نگهداری می‌شوند. متن اصلی حداکثر ۱۲ ماه پس از پایان نظرخواهی پاک می‌شود. تا آن زمان " +
          "می‌توانید آن را ببینید، تغییر دهید، پس بگیرید یا پاک کنید.",
      ].join("\n\n"),
    },
    "fa-AF": {
      title: "مشورهٔ لاهه با گروه‌های مهاجر افغان و ایرانی",
      description:
        "از جایی که حالا زندگی می‌کنید، نظر خود را دربارهٔ مسودهٔ اصول مربوط به جرم آزار و اذیت جنسیتی بگویید: این " +
        "اصول دربارهٔ آپارتاید جنسیتی، دربارهٔ کسانی که مجبور به ترک کشور خود شده‌اند و دربارهٔ سهم‌گیری از تبعید چه " +
        "باید بگویند. جواب دادن به همهٔ سؤال‌ها اختیاری است و می‌توانید هر وقت خواستید توقف کنید و بعداً برگردید. " +
        "این یک مشورهٔ نمایشی است: نهادهای میزبان ساختگی هستند.",
      whatHappens: [
        "سخنان شما نظری برای مسودهٔ اصول است. شهادت، شکایت یا مدرکی برای هیچ قضیه‌ای نیست و هیچ کسی دربارهٔ آن با " +
          "شما تماس نمی‌گیرد، مگر اینکه خودتان اجازه بدهید.",
        "تسهیل‌کنندگان نهادهای میزبان آنچه را می‌نویسید می‌خوانند. آن‌ها نام‌ها و جزئیات دیگری را که ممکن است کسی را " +
          "شناسایی کند، به شمول خانوادهٔ شما در افغانستان یا ایران، حذف می‌کنند و نظریات را بر اساس محور دسته‌بندی می‌کنند.",
        "تدوین‌کنندگان اصول هرگز جواب‌های اصلی شما را نمی‌بینند. آن‌ها فقط خلاصه‌های بی‌نام‌شده و نقل‌قول‌هایی را " +
          "می‌خوانند که نویسندگان آن‌ها با شریک ساختنشان موافقه کرده‌اند.",
        "جواب‌های شما به شکل رمزگذاری‌شده نگهداری می‌شوند. متن اصلی حد اکثر ۱۲ ماه بعد از ختم مشوره پاک می‌شود. تا آن " +
          "وقت می‌توانید آن را ببینید، تغییر بدهید، پس بگیرید یا پاک کنید.",
      ].join("\n\n"),
    },
    ps: {
      title: "له افغان او ایراني کډوالو ډلو سره د هاګ مشوره",
      description:
        "له هغه ځایه چې اوس پکې ژوند کوئ، د جنسیتي ځورونې د جرم په اړه د اصولو د مسودې په اړه خپل نظر ووایاست: دا " +
        "اصول باید د جنسیتي اپارتاید، د هغو کسانو چې خپل هېواد یې پرېښودو ته اړ شول، او له جلاوطنۍ څخه د ګډون په اړه " +
        "څه ووايي. ټولې پوښتنې اختیاري دي، او هر وخت چې وغواړئ درېدلی شئ او وروسته بېرته راتلی شئ. دا یوه نمایشي " +
        "مشوره ده: کوربه سازمانونه خیالي دي.",
      whatHappens: [
        "ستاسو خبرې د اصولو مسودې ته یو نظر دی. دا د کومې قضیې لپاره شاهدي، شکایت یا ثبوت نه دی، او هېڅوک به د هغې " +
          "په اړه له تاسو سره اړیکه ونه نیسي، مګر دا چې تاسو یې اجازه ورکړئ.",
        "د کوربه سازمانونو اسانوونکي هغه څه لولي چې تاسو یې لیکئ. هغوی نومونه او نور هغه جزئیات لرې کوي چې یو څوک " +
          "پېژندل کېدای شي، په افغانستان یا ایران کې ستاسو کورنۍ هم، او نظرونه د موضوع له مخې ډلبندي کوي.",
        "د اصولو مسوده لیکونکي هېڅکله ستاسو اصلي ځوابونه نه ویني. هغوی یوازې بې نومه لنډیزونه او هغه اقتباسونه لولي " +
          "چې لیکونکو یې د شریکولو سره موافقه کړې وي.",
        "ستاسو ځوابونه کوډ شوي ساتل کېږي. اصلي متن د مشورې له پای ته رسېدو وروسته تر ډېره ډېره ۱۲ میاشتو کې ړنګېږي. تر " +
          "هغه وخته تاسو کولی شئ هغه وګورئ، بدل یې کړئ، بېرته یې واخلئ یا یې ړنګ کړئ.",
      ].join("\n\n"),
    },
  } satisfies Localised<{ title: string; description: string; whatHappens: string }>,
} as const;

export const hagueDraftDocument = {
  slug: "gender-persecution-principles-hague",
  title: "Draft Principles on the Crime of Gender Persecution, diaspora consultation (illustrative demo wording)",
  versionNumber: 1,
} as const;

export type HaguePrinciple = { number: number; theme: Theme; describesViolence: boolean; text: Localised<{ title: string; body: string }> };

export const haguePrinciples: readonly HaguePrinciple[] = [
  {
    number: 1,
    theme: "prevention",
    describesViolence: false,
    text: {
      en: {
        title: "Treat systematic exclusion because of gender as an early warning",
        body:
          "Laws and decrees that shut people out of school, work, travel or public life because of their gender should " +
          "be treated as early warning of gender persecution, and answered before the harm grows.",
      },
      fa: {
        title: "محروم‌سازی نظام‌مند به دلیل جنسیت را هشداری زودهنگام بدانید",
        body:
          "قوانین و فرمان‌هایی که افراد را به دلیل جنسیتشان از تحصیل، کار، سفر یا زندگی اجتماعی محروم می‌کنند، باید " +
          "هشداری زودهنگام برای آزار و تعقیب جنسیتی شمرده شوند و پیش از آنکه آسیب بیشتر شود، به آن‌ها پاسخ داده شود.",
      },
      "fa-AF": {
        title: "محروم‌سازی سیستماتیک به دلیل جنسیت یک هشدار وقت شمرده شود",
        body:
          "قوانین و فرمان‌هایی که مردم را به دلیل جنسیت‌شان از تعلیم، کار، سفر یا زندگی اجتماعی محروم می‌سازند، باید " +
          "هشدار وقت آزار و اذیت جنسیتی شمرده شوند و پیش از آنکه آسیب بیشتر شود، به آن‌ها پاسخ داده شود.",
      },
      ps: {
        title: "د جنسیت له امله سیستماتیک محرومول د یوه وختي خبرداري په توګه وګڼئ",
        body:
          "هغه قوانین او فرمانونه چې خلک د هغوی د جنسیت له امله له زده کړې، کار، سفر یا ټولنیز ژوند څخه محرومه کوي، " +
          "باید د جنسیتي ځورونې د وختي خبرداري په توګه وګڼل شي، او مخکې له دې چې زیان زیات شي، ځواب ورته ورکړل شي.",
      },
    },
  },
  {
    number: 2,
    theme: "protection",
    describesViolence: false,
    text: {
      en: {
        title: "Protect people who fled, and those who speak out from abroad",
        body:
          "People who left their country because of gender persecution should not be sent back to it, and those who " +
          "speak about it from abroad should be protected from threats against them or their families.",
      },
      fa: {
        title: "از کسانی که گریخته‌اند و کسانی که از خارج صدایشان را بلند می‌کنند، حمایت کنید",
        body:
          "کسانی که به دلیل آزار و تعقیب جنسیتی کشورشان را ترک کرده‌اند، نباید به آنجا بازگردانده شوند، و کسانی که از " +
          "خارج دربارهٔ آن سخن می‌گویند، باید در برابر تهدید علیه خودشان یا خانواده‌شان حمایت شوند.",
      },
      "fa-AF": {
        title: "از کسانی که فرار کرده‌اند و کسانی که از بیرون صدای خود را بلند می‌کنند، حمایت شود",
        body:
          "کسانی که به دلیل آزار و اذیت جنسیتی کشور خود را ترک کرده‌اند، نباید دوباره به آنجا فرستاده شوند، و کسانی " +
          "که از بیرون دربارهٔ آن صحبت می‌کنند، باید در برابر تهدید علیه خود یا خانواده‌شان حمایت شوند.",
      },
      ps: {
        title: "د هغو کسانو ساتنه وکړئ چې تښتېدلي دي، او د هغو چې له بهر څخه غږ پورته کوي",
        body:
          "هغه کسان چې د جنسیتي ځورونې له امله یې خپل هېواد پرېښی، باید بېرته هلته ونه لېږل شي، او هغه کسان چې له " +
          "بهر څخه د هغې په اړه خبرې کوي، باید د خپل ځان یا خپلې کورنۍ پر وړاندې له ګواښونو وساتل شي.",
      },
    },
  },
  {
    number: 3,
    theme: "participation",
    describesViolence: false,
    text: {
      en: {
        title: "Survivors in exile take part in the decisions, in their own languages",
        body:
          "Survivors who live in exile, including in diaspora communities, should be able to take part safely in " +
          "decisions about accountability, in their own languages and without having to give their names.",
      },
      fa: {
        title: "بازماندگانی که در تبعیدند، به زبان خودشان در تصمیم‌ها مشارکت کنند",
        body:
          "بازماندگانی که در تبعید زندگی می‌کنند، از جمله در جوامع مهاجر، باید بتوانند به زبان خودشان و بی‌آنکه مجبور " +
          "باشند نامشان را بگویند، با امنیت در تصمیم‌گیری‌ها دربارهٔ پاسخ‌گو کردن مسئولان مشارکت کنند.",
      },
      "fa-AF": {
        title: "بازماندگانی که در تبعید هستند، به زبان خود در تصمیم‌ها سهم بگیرند",
        body:
          "بازماندگانی که در تبعید زندگی می‌کنند، به شمول جوامع مهاجر، باید بتوانند به زبان خود و بدون اینکه مجبور " +
          "باشند نام خود را بگویند، به شکل مصئون در تصمیم‌گیری‌ها دربارهٔ حسابدهی مسئولان سهم بگیرند.",
      },
      ps: {
        title: "په جلاوطنۍ کې ژوندي پاتې شوي کسان په خپلو ژبو په پرېکړو کې ګډون وکړي",
        body:
          "هغه ژوندي پاتې شوي کسان چې په جلاوطنۍ کې ژوند کوي، د کډوالو ټولنو په ګډون، باید وکولی شي په خپلو ژبو او " +
          "پرته له دې چې خپل نوم ووايي، د ځواب ویلو د پرېکړو په اړه په خوندي ډول ګډون وکړي.",
      },
    },
  },
  {
    number: 4,
    theme: "recovery",
    describesViolence: false,
    text: {
      en: {
        title: "Restore the education and work that were taken away",
        body:
          "Recovery should include ways back into education, work and public life for people who were shut out of " +
          "them, wherever they live now.",
      },
      fa: {
        title: "تحصیل و کاری را که گرفته شده، بازگردانید",
        body:
          "بهبودی باید راه‌هایی برای بازگشت به تحصیل، کار و زندگی اجتماعی را برای کسانی که از آن‌ها محروم شده‌اند، در " +
          "بر بگیرد، هر جا که اکنون زندگی می‌کنند.",
      },
      "fa-AF": {
        title: "تعلیم و کاری را که گرفته شده، دوباره فراهم کنید",
        body:
          "بهبودی باید راه‌هایی برای برگشت به تعلیم، کار و زندگی اجتماعی را برای کسانی که از آن‌ها محروم شده‌اند، در " +
          "بر بگیرد، هر جایی که حالا زندگی می‌کنند.",
      },
      ps: {
        title: "هغه زده کړه او کار بېرته ورکړئ چې اخیستل شوي دي",
        body:
          "بیا رغونه باید د هغو کسانو لپاره چې له زده کړې، کار او ټولنیز ژوند څخه محروم شوي، بېرته د ورګرځېدو لارې " +
          "ولري، هر ځای چې اوس ژوند کوي.",
      },
    },
  },
];

export type HagueQuestion = { theme: Theme; kind: QuestionKind; principleNumber?: number; prompt: Localised<string>; help: Localised<string> };

const freeTextHelp: Localised<string> = {
  en: "Please leave out names and other details that could identify you or anyone else, here or back home.",
  fa: "لطفاً نام‌ها و جزئیات دیگری را که ممکن است شما یا کس دیگری را، اینجا یا در کشورتان، شناسایی کند ننویسید.",
  "fa-AF": "لطفاً نام‌ها و جزئیات دیگری را که ممکن است شما یا کس دیگری را، اینجا یا در وطن، شناسایی کند ننویسید.",
  ps: "مهرباني وکړئ نومونه او نور هغه جزئیات مه لیکئ چې تاسو یا بل څوک، دلته یا په هېواد کې، وپېژندل شي.",
};

/** In display order; positions are assigned from this order. */
export const hagueQuestions: readonly HagueQuestion[] = [
  {
    theme: "prevention",
    kind: "free_text",
    prompt: {
      en: "Which early signs of exclusion because of gender should the principles name?",
      fa: "به نظر شما اصول باید از کدام نشانه‌های زودهنگام محروم‌سازی به دلیل جنسیت نام ببرند؟",
      "fa-AF": "به نظر شما اصول باید از کدام نشانه‌های وقت محروم‌سازی به دلیل جنسیت نام ببرند؟",
      ps: "ستاسو په نظر اصول باید د جنسیت له امله د محرومولو کومې وختي نښې یادې کړي؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "protection",
    kind: "free_text",
    prompt: {
      en: "What would make it safer for people in exile to speak about gender persecution?",
      fa: "چه چیزی سخن گفتن دربارهٔ آزار و تعقیب جنسیتی را برای کسانی که در تبعیدند امن‌تر می‌کند؟",
      "fa-AF": "چه چیزی صحبت کردن دربارهٔ آزار و اذیت جنسیتی را برای کسانی که در تبعید هستند مصئون‌تر می‌سازد؟",
      ps: "څه شی به د هغو کسانو لپاره چې په جلاوطنۍ کې دي د جنسیتي ځورونې په اړه خبرې کول خوندي کړي؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "participation",
    kind: "stance",
    principleNumber: 3,
    prompt: {
      en: "How far do you agree with principle 3?",
      fa: "تا چه اندازه با اصل ۳ موافقید؟",
      "fa-AF": "تا چه اندازه با اصل ۳ موافق هستید؟",
      ps: "تاسو له ۳ اصل سره تر کومه حده موافقه لرئ؟",
    },
    help: {
      en: "You can read principle 3 above. If you wish, say why, or what you would change.",
      fa: "می‌توانید اصل ۳ را در بالا بخوانید. اگر خواستید، بگویید چرا، یا چه چیزی را تغییر می‌دادید.",
      "fa-AF": "می‌توانید اصل ۳ را در بالا بخوانید. اگر خواستید، بگویید چرا، یا چه چیزی را تغییر می‌دادید.",
      ps: "تاسو کولی شئ پورته ۳ اصل ولولئ. که وغواړئ، ووایاست ولې، یا به مو څه بدل کړي وای.",
    },
  },
  {
    theme: "participation",
    kind: "free_text",
    prompt: {
      en: "Which languages and ways of taking part would work for people in your community?",
      fa: "کدام زبان‌ها و کدام شیوه‌های مشارکت برای افراد جامعهٔ شما مناسب است؟",
      "fa-AF": "کدام زبان‌ها و کدام راه‌های سهم‌گیری برای افراد جامعهٔ شما مناسب است؟",
      ps: "کومې ژبې او د ګډون کومې لارې ستاسو د ټولنې د خلکو لپاره مناسبې دي؟",
    },
    help: freeTextHelp,
  },
  {
    theme: "recovery",
    kind: "free_text",
    prompt: {
      en: "What would help people whose education or work was taken away?",
      fa: "چه چیزی به کسانی که تحصیل یا کارشان از آن‌ها گرفته شده کمک می‌کند؟",
      "fa-AF": "چه چیزی به کسانی که تعلیم یا کارشان از آن‌ها گرفته شده کمک می‌کند؟",
      ps: "څه شی به د هغو کسانو سره مرسته وکړي چې زده کړه یا کار یې ترې اخیستل شوی؟",
    },
    help: freeTextHelp,
  },
];

/** Version 1 of the consent text: paragraphs separated by a blank line, each with a short lead-in. */
export const hagueConsentText = {
  version: 1,
  body: {
    en: [
      "What this is: this consultation gathers views on the draft Principles on the Crime of Gender Persecution. It is " +
        "not testimony, a complaint or evidence for any case, and it cannot start an investigation or affect an asylum " +
        "application.",
      "Who reads what: facilitators of the host organisations named on the consultation page read your answers as you " +
        "wrote them and remove names and details that could identify anyone. Drafters see only anonymised summaries and " +
        "the quotes you allow. Your answers are not passed to any authority, in the Netherlands or elsewhere, without " +
        "your consent.",
      "Where and for how long: your answers are stored encrypted. The original words are deleted at the latest 12 " +
        "months after the consultation closes.",
      "Risks: someone who can see your device may be able to tell that you visited this site. The Quick exit button " +
        "leaves at once but does not erase your browsing history; read the safety page (/safety) if you are worried.",
      "Your choices: you will see separate choices, none of them ticked. You can change them, or withdraw your input, " +
        "until the consultation closes. You never have to describe your own experiences.",
    ].join("\n\n"),
    fa: [
      "این چیست: این نظرخواهی نظرات را دربارهٔ پیش‌نویس اصول مربوط به جنایت آزار و تعقیب جنسیتی گردآوری می‌کند. " +
        "شهادت، شکایت یا مدرکی برای هیچ پرونده‌ای نیست، نمی‌تواند تحقیقی را آغاز کند و بر درخواست پناهندگی اثری ندارد.",
      "چه کسی چه چیزی را می‌خواند: تسهیلگران سازمان‌های برگزارکننده که نامشان در صفحهٔ نظرخواهی آمده است، پاسخ‌های " +
        "شما را همان‌طور که نوشته‌اید می‌خوانند و نام‌ها و جزئیاتی را که ممکن است کسی را شناسایی کند حذف می‌کنند. " +
        "تدوین‌کنندگان فقط خلاصه‌های بی‌نام‌شده و نقل‌قول‌هایی را که شما اجازه می‌دهید می‌بینند. پاسخ‌های شما بدون " +
        "رضایتتان به هیچ مقامی، نه در هلند و نه جای دیگر، داده نمی‌شود.",
      "کجا و تا کی: پاسخ‌های شما رمزگذاری‌شده نگهداری می‌شوند. متن اصلی حداکثر ۱۲ ماه پس از پایان نظرخواهی پاک می‌شود.",
      "خطرها: کسی که به دستگاه شما دسترسی دارد ممکن است بفهمد که از این سایت دیدن کرده‌اید. دکمهٔ «خروج سریع» فوراً " +
        "از سایت خارج می‌شود، اما تاریخچهٔ مرور را پاک نمی‌کند؛ اگر نگران هستید، صفحهٔ ایمنی (/safety) را بخوانید.",
      "انتخاب‌های شما: چند انتخاب جداگانه می‌بینید که هیچ‌کدام از پیش علامت نخورده است. تا پایان نظرخواهی می‌توانید " +
        "آن‌ها را تغییر دهید یا نظرتان را پس بگیرید. هرگز لازم نیست تجربه‌های خودتان را شرح دهید.",
    ].join("\n\n"),
    "fa-AF": [
      "این چیست: این مشوره نظریات را دربارهٔ مسودهٔ اصول مربوط به جرم آزار و اذیت جنسیتی جمع‌آوری می‌کند. شهادت، " +
        "شکایت یا مدرکی برای هیچ قضیه‌ای نیست، نمی‌تواند تحقیقی را آغاز کند و بالای درخواست پناهندگی تأثیری ندارد.",
      "چه کسی چه چیزی را می‌خواند: تسهیل‌کنندگان نهادهای میزبان که نام‌شان در صفحهٔ مشوره آمده است، جواب‌های شما را " +
        "همان‌طور که نوشته‌اید می‌خوانند و نام‌ها و جزئیاتی را که ممکن است کسی را شناسایی کند حذف می‌کنند. " +
        "تدوین‌کنندگان فقط خلاصه‌های بی‌نام‌شده و نقل‌قول‌هایی را که شما اجازه می‌دهید می‌بینند. جواب‌های شما بدون " +
        "رضایت‌تان به هیچ مقامی، نه در هالند و نه جای دیگر، داده نمی‌شود.",
      "کجا و تا چه وقت: جواب‌های شما به شکل رمزگذاری‌شده نگهداری می‌شوند. متن اصلی حد اکثر ۱۲ ماه بعد از ختم مشوره پاک می‌شود.",
      "خطرها: کسی که به دستگاه شما دسترسی دارد ممکن است بفهمد که از این ویب‌سایت دیدن کرده‌اید. دکمهٔ «خروج سریع» فوراً " +
        "از ویب‌سایت خارج می‌شود، اما تاریخچهٔ مرور را پاک نمی‌کند؛ اگر نگران هستید، صفحهٔ مصئونیت (/safety) را بخوانید.",
      "انتخاب‌های شما: چند انتخاب جداگانه می‌بینید که هیچ‌کدام از قبل نشانی نشده است. تا ختم مشوره می‌توانید آن‌ها را " +
        "تغییر بدهید یا نظر خود را پس بگیرید. هرگز لازم نیست تجربه‌های خود را شرح بدهید.",
    ].join("\n\n"),
    ps: [
      "دا څه دی: دا مشوره د جنسیتي ځورونې د جرم په اړه د اصولو د مسودې په اړه نظرونه راټولوي. دا د کومې قضیې لپاره " +
        "شاهدي، شکایت یا ثبوت نه دی، کومه پلټنه نه شي پیلولی او د پناه غوښتنې پر غوښتنلیک اغېز نه لري.",
      "څوک څه لولي: د کوربه سازمانونو اسانوونکي، چې نومونه یې د مشورې په پاڼه کې راغلي، ستاسو ځوابونه هماغسې لولي " +
        "لکه تاسو چې لیکلي، او هغه نومونه او جزئیات لرې کوي چې یو څوک پېژندل کېدای شي. مسوده لیکونکي یوازې بې نومه " +
        "لنډیزونه او هغه اقتباسونه ویني چې تاسو یې اجازه ورکوئ. ستاسو ځوابونه ستاسو له رضایت پرته هېڅ چارواکي ته، نه " +
        "په هالنډ کې او نه بل ځای، نه ورکول کېږي.",
      "چېرته او تر کله: ستاسو ځوابونه کوډ شوي ساتل کېږي. اصلي متن د مشورې له پای ته رسېدو وروسته تر ډېره ډېره ۱۲ میاشتو کې ړنګېږي.",
      "خطرونه: هغه څوک چې ستاسو وسیلې ته لاسرسی لري، کېدای شي پوه شي چې تاسو دا ویب‌پاڼه لیدلې ده. «چټک وتل» تڼۍ سمدستي " +
        "له ویب‌پاڼې وځي، خو ستاسو د لټون تاریخچه نه پاکوي؛ که اندېښنه لرئ، د خوندیتوب پاڼه (/safety) ولولئ.",
      "ستاسو انتخابونه: تاسو به څو بېل انتخابونه ووینئ چې یو هم مخکې له مخکې نښه شوی نه دی. د مشورې تر پایه پورې " +
        "کولی شئ هغه بدل کړئ یا خپل نظر بېرته واخلئ. هېڅکله اړتیا نشته چې خپلې تجربې بیان کړئ.",
    ].join("\n\n"),
  } satisfies Localised<string>,
} as const;

export type HagueSupportResource = { name: string; description: string; contact: string };

/** Fictional services only: ".example" addresses and numbers made of zeros. Never a real hotline. */
export const hagueSupportResources: Localised<readonly HagueSupportResource[]> = {
  en: [
    {
      name: "Listening line, Stichting Vrije Stemmen (fictional)",
      description: "Confidential listening and referral to other services, in Persian, Dari, Pashto and English. Fictional demo service.",
      contact: "listen@vrijestemmen.example · fictional number 000 000 0000",
    },
    {
      name: "Peer support circle, Hamdeli Network (fictional)",
      description: "Peer support groups for women and LGBTQI+ people from Afghanistan and Iran, online and in The Hague. Fictional demo service.",
      contact: "circle@hamdeli.example",
    },
  ],
  fa: [
    {
      name: "خط گوش دادن، Stichting Vrije Stemmen (ساختگی)",
      description: "گوش دادن محرمانه و معرفی به خدمات دیگر، به فارسی، دری، پشتو و انگلیسی. خدمتی ساختگی برای نمایش.",
      contact: "listen@vrijestemmen.example · شمارهٔ ساختگی 000 000 0000",
    },
    {
      name: "حلقهٔ حمایت همتایان، Hamdeli Network (ساختگی)",
      description: "گروه‌های حمایت همتایان برای زنان و افراد LGBTQI+ از افغانستان و ایران، آنلاین و در لاهه. خدمتی ساختگی برای نمایش.",
      contact: "circle@hamdeli.example",
    },
  ],
  "fa-AF": [
    {
      name: "خط شنیدن، Stichting Vrije Stemmen (ساختگی)",
      description: "شنیدن محرمانه و معرفی به خدمات دیگر، به دری، فارسی، پشتو و انگلیسی. خدمت ساختگی برای نمایش.",
      contact: "listen@vrijestemmen.example · نمبر ساختگی 000 000 0000",
    },
    {
      name: "حلقهٔ حمایت همتایان، Hamdeli Network (ساختگی)",
      description: "گروه‌های حمایت همتایان برای زنان و افراد LGBTQI+ از افغانستان و ایران، آنلاین و در لاهه. خدمت ساختگی برای نمایش.",
      contact: "circle@hamdeli.example",
    },
  ],
  ps: [
    {
      name: "د اورېدو لیکه، Stichting Vrije Stemmen (خیالي)",
      description: "پټ اورېدل او نورو خدمتونو ته راجع کول، په پښتو، دري، فارسي او انګلیسي. د نمایش لپاره خیالي خدمت.",
      contact: "listen@vrijestemmen.example · خیالي شمېره 000 000 0000",
    },
    {
      name: "د همزولو د ملاتړ کړۍ، Hamdeli Network (خیالي)",
      description: "د افغانستان او ایران د ښځو او LGBTQI+ کسانو لپاره د همزولو د ملاتړ ډلې، آنلاین او په هاګ کې. د نمایش لپاره خیالي خدمت.",
      contact: "circle@hamdeli.example",
    },
  ],
};
