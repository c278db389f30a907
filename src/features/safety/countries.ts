/**
 * Every number Keel offers, by country, each with the public page it was read on and the
 * day it was checked. A number goes in only after it was read on such a page: a line (or a
 * country) with no page is left out rather than guessed. `by` says what kind of page it
 * was: the service's own, a government's, or the press quoting one of those.
 *
 * Line ids are stored (a starting number is written when the person edits or removes it),
 * so they are opaque and never reused or renumbered. r01–r07 are the United States list
 * Keel shipped first.
 */
import type { Localized } from '../../lib/i18n/locales';

export const CHECKED = '2026-12-07';

export interface Source {
  url: string;
  /** The day the number was read on the page (YYYY-MM-DD). */
  checked: string;
  by: 'service' | 'government' | 'press';
}

export interface HelpLine {
  id: string;
  /** The service's own name (not translated). */
  name: string;
  /** A number to call, written as it is at home. */
  call: string;
  /** A number to text, and the word to send if they ask for one. */
  text: string;
  textBody: string;
  /** When it answers, where known. */
  hours: Localized | null;
  /** Languages it answers in (BCP 47), where known; further detail goes in the note. */
  languages: readonly string[];
  note: Localized;
  sources: readonly Source[];
}

export interface CountryHelp {
  /** ISO 3166-1 region code. */
  code: string;
  lines: readonly HelpLine[];
  /** Something true of the whole country, if anything needs saying. */
  note?: Localized;
}

const ALWAYS: Localized = {
  en: 'Any time, day or night',
  es: 'A cualquier hora, todos los días',
};

const NINE_TO_ELEVEN: Localized = {
  en: 'Every day, 9 am to 11 pm',
  es: 'Todos los días, de 9:00 a 23:00',
};

const EMERGENCY: Localized = {
  en: 'If you are in danger right now.',
  es: 'Si estás en peligro ahora mismo.',
};

const gov = (url: string): Source => ({ url, checked: CHECKED, by: 'government' });
const own = (url: string): Source => ({ url, checked: CHECKED, by: 'service' });
const press = (url: string): Source => ({ url, checked: CHECKED, by: 'press' });

export const COUNTRIES: readonly CountryHelp[] = [
  {
    code: 'US',
    lines: [
      {
        id: 'r01',
        name: 'Emergency services',
        call: '911',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: EMERGENCY,
        sources: [
          press(
            'http://abington.wickedlocal.com/news/20170809/how-to-help-victim-of-human-trafficking',
          ),
          press('https://fiveshoutsout.com/rainn-5-fast-facts-you-need-to-know/'),
        ],
      },
      {
        id: 'r07',
        name: '988 Suicide & Crisis Lifeline',
        call: '988',
        text: '988',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'If you are thinking about suicide or feel you cannot go on. Free and confidential.',
          es: 'Si piensas en el suicidio o sientes que no puedes más. Gratis y confidencial.',
        },
        sources: [
          gov(
            'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
          ),
        ],
      },
      {
        id: 'r02',
        name: 'National Domestic Violence Hotline',
        call: '1-800-799-7233',
        text: '88788',
        textBody: 'START',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'Free and confidential. Also 1-800-799-SAFE, and live chat on their website. Interpreters for many languages.',
          es: 'Gratis y confidencial. También 1-800-799-SAFE y chat en su sitio web. Con intérpretes en muchos idiomas.',
        },
        sources: [
          gov(
            'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
          ),
          press('https://en.wikipedia.org/wiki/National_Domestic_Violence_Hotline'),
        ],
      },
      {
        id: 'r03',
        name: 'National Domestic Violence Hotline (TTY)',
        call: '1-800-787-3224',
        text: '',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'For Deaf and hard of hearing callers.',
          es: 'Para personas sordas o con dificultades auditivas.',
        },
        sources: [
          gov(
            'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
          ),
        ],
      },
      {
        id: 'r04',
        name: 'love is respect',
        call: '1-866-331-9474',
        text: '22522',
        textBody: 'LOVEIS',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'For young people, and anyone worried about a dating relationship.',
          es: 'Para gente joven y para cualquiera que esté preocupado por una relación de pareja.',
        },
        sources: [
          own('http://www.loveisrespect.org/content/category/respectext/'),
          press('http://lacp.org/2009-Articles-Main/110809-LoveIsRespect.htm'),
        ],
      },
      {
        id: 'r05',
        name: 'RAINN National Sexual Assault Hotline',
        call: '1-800-656-4673',
        text: '',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'Free and confidential. Also 1-800-656-HOPE, and online chat on their website.',
          es: 'Gratis y confidencial. También 1-800-656-HOPE y chat en su sitio web.',
        },
        sources: [
          own('https://rainn.org/get-help/national-sexual-assault-hotline'),
          gov('https://span.state.gov/social-development/sms-sos/20140901'),
        ],
      },
      {
        id: 'r06',
        name: 'National Human Trafficking Hotline',
        call: '1-888-373-7888',
        text: '233733',
        textBody: 'HELP',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'If someone is made to work or trade sex, or cannot leave.',
          es: 'Si alguien es obligado a trabajar o a tener sexo a cambio de algo, o no puede irse.',
        },
        sources: [
          press('https://www.prevention-project.org/home/take-action/report-human-trafficking/'),
          press(
            'http://abington.wickedlocal.com/news/20170809/how-to-help-victim-of-human-trafficking',
          ),
        ],
      },
    ],
  },
  {
    code: 'MX',
    lines: [
      {
        id: 'r08',
        name: 'Emergencias 911',
        call: '911',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: EMERGENCY,
        sources: [
          press(
            'https://www.jornada.com.mx/ultimas/politica/2020/05/22/confinamiento-ha-evidenciado-la-violencia-de-genero-inmujeres-7609.html',
          ),
          press(
            'https://lostubos.com/2020/04/22/daran-atencion-prioritaria-a-la-violencia-de-genero',
          ),
        ],
      },
      {
        id: 'r09',
        name: 'Línea de las Mujeres 079',
        call: '079',
        text: '',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'Press option 1. Free; legal advice and emotional support from the Secretaría de las Mujeres.',
          es: 'Marca la opción 1. Gratis; orientación jurídica y apoyo emocional de la Secretaría de las Mujeres.',
        },
        sources: [
          press('https://www.jornada.com.mx/2025/11/05/sociedad/039n2soc?partner=rss'),
          press(
            'https://www.proceso.com.mx/nacional/2025/11/25/estos-son-los-10-puntos-de-la-campana-de-sheinbaum-para-erradicar-la-violencia-contra-las-mujeres-363461.html',
          ),
        ],
      },
    ],
  },
  {
    code: 'ES',
    lines: [
      {
        id: 'r10',
        name: 'Emergencias 112',
        call: '112',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: EMERGENCY,
        sources: [
          press(
            'https://www.elperiodicoextremadura.com/noticias/extremadura/extremadura-realizan-tres-llamadas-dia-telefono-016_1194873.html',
          ),
        ],
      },
      {
        id: 'r11',
        name: '016',
        call: '016',
        text: '',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'For every form of violence against women. Free; it does not show on the phone bill, but it does stay in the phone’s call log. In 53 languages. Text phone 900 116 016; WhatsApp 600 000 016 (messages only).',
          es: 'Para cualquier forma de violencia contra las mujeres. Gratis; no aparece en la factura, pero sí queda en el registro de llamadas del teléfono. En 53 idiomas. Teléfono de texto 900 116 016; WhatsApp 600 000 016 (solo mensajes).',
        },
        sources: [
          gov('https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/'),
          press(
            'https://elmirondesoria.es/nacional/politica/el-servicio-016-recibe-59-317-consultas-de-enero-a-junio',
          ),
          press(
            'https://valencianoticias.com/la-defensora-del-pueblo-advierte-en-su-informe-anual-de-que-las-llamadas-realizadas-al-016-dejan-rastro-en-el-telefono',
          ),
        ],
      },
    ],
  },
  {
    code: 'GB',
    lines: [
      {
        id: 'r12',
        name: 'Emergency services',
        call: '999',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: {
          en: 'If you are in danger right now. If it is not safe to speak on a mobile, press 55 when asked and the call goes to the police.',
          es: 'Si estás en peligro ahora mismo. Si desde un móvil no puedes hablar sin peligro, marca 55 cuando te lo pidan y la llamada pasará a la policía.',
        },
        sources: [
          gov(
            'https://www.hartlepool.gov.uk/news/article/1903/coronavirus_help_available_for_victims_of_domestic_abuse',
          ),
          gov('https://www.stocktoninformationdirectory.org/domestic-abuse'),
        ],
      },
      {
        id: 'r13',
        name: 'National Domestic Abuse Helpline',
        call: '0808 2000 247',
        text: '',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'Free and confidential, run by Refuge. Their website can book a safe time for them to call you.',
          es: 'Gratis y confidencial, de la organización Refuge. En su sitio web puedes pedir que te llamen a una hora segura.',
        },
        sources: [
          own(
            'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
          ),
          gov(
            'https://www.hartlepool.gov.uk/news/article/1903/coronavirus_help_available_for_victims_of_domestic_abuse',
          ),
        ],
      },
      {
        id: 'r14',
        name: 'Scotland’s Domestic Abuse and Forced Marriage Helpline',
        call: '0800 027 1234',
        text: '',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'In Scotland, for anyone. A confidential interpreter can join the call.',
          es: 'En Escocia, para cualquier persona. Se puede sumar un intérprete confidencial a la llamada.',
        },
        sources: [
          gov(
            'https://scotland.police.uk/advice-and-information/domestic-abuse/what-can-i-do-if-this-is-happening-to-me',
          ),
          own('https://safer.scot/information/da/report/'),
        ],
      },
    ],
  },
  {
    code: 'IE',
    lines: [
      {
        id: 'r15',
        name: 'An Garda Síochána (emergency)',
        call: '112',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: {
          en: 'If you are in danger right now. 999 works too.',
          es: 'Si estás en peligro ahora mismo. También funciona el 999.',
        },
        sources: [
          gov(
            'https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/foilseachain/information-for-survivors-of-domestic-violence',
          ),
        ],
      },
      {
        id: 'r16',
        name: 'Women’s Aid National Freephone Helpline',
        call: '1800 341 900',
        text: '',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'Free, for women living with abuse, and for family or friends worried about them.',
          es: 'Gratis, para mujeres que viven maltrato y para familiares o amistades que se preocupan por ellas.',
        },
        sources: [
          gov(
            'https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/foilseachain/information-for-survivors-of-domestic-violence',
          ),
          own(
            'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
          ),
        ],
      },
      {
        id: 'r17',
        name: 'Male Advice Line',
        call: '1800 816 588',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: {
          en: 'Confidential advice and support for men living with abuse.',
          es: 'Orientación y apoyo confidenciales para hombres que viven maltrato.',
        },
        sources: [
          gov(
            'https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/foilseachain/information-for-survivors-of-domestic-violence',
          ),
        ],
      },
      {
        id: 'r18',
        name: 'National LGBT Helpline',
        call: '1800 929 539',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: {
          en: 'For LGBT people living with abuse from a partner or family.',
          es: 'Para personas LGBT que viven maltrato de su pareja o su familia.',
        },
        sources: [
          gov(
            'https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/foilseachain/information-for-survivors-of-domestic-violence',
          ),
        ],
      },
    ],
  },
  {
    code: 'CA',
    note: {
      en: 'Canada has no single national line for abuse: shelters and crisis lines are run in each province and territory. Victim services can help you find the ones near you, and the numbers above can too.',
      es: 'Canadá no tiene una línea nacional única para el maltrato: los refugios y las líneas de crisis dependen de cada provincia y territorio. Los servicios de atención a víctimas pueden ayudarte a encontrar los más cercanos, y los números de arriba también.',
    },
    lines: [
      {
        id: 'r19',
        name: 'Emergency services',
        call: '911',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: {
          en: 'If you are in danger right now. Where there is no 911, call the local police emergency number.',
          es: 'Si estás en peligro ahora mismo. Donde no haya 911, llama al número de emergencias de la policía local.',
        },
        sources: [gov('https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html')],
      },
      {
        id: 'r20',
        name: '9-8-8 Suicide Crisis Helpline',
        call: '988',
        text: '988',
        textBody: '',
        hours: ALWAYS,
        languages: ['en', 'fr'],
        note: {
          en: 'Call or text if you are thinking about suicide or feel overwhelmed. Free.',
          es: 'Llama o escribe si piensas en el suicidio o todo te desborda. Gratis.',
        },
        sources: [
          gov(
            'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
          ),
        ],
      },
    ],
  },
  {
    code: 'AU',
    lines: [
      {
        id: 'r21',
        name: 'Triple Zero',
        call: '000',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: EMERGENCY,
        sources: [
          own('https://www.1800respect.org.au/terms-and-conditions'),
          gov('https://www.surfcoast.vic.gov.au/My_Community/Domestic_violence'),
        ],
      },
      {
        id: 'r22',
        name: '1800RESPECT',
        call: '1800 737 732',
        text: '0458 737 732',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'The national counselling service for domestic, family and sexual violence. Also chat on their website.',
          es: 'El servicio nacional de atención por violencia doméstica, familiar y sexual. También chat en su sitio web.',
        },
        sources: [
          own('https://www.1800respect.org.au/terms-and-conditions'),
          press(
            'https://www.perthnow.com.au/politics/domestic-violence-hotline-expands-to-text-services-c-12826362',
          ),
        ],
      },
    ],
  },
  {
    code: 'NZ',
    lines: [
      {
        id: 'r23',
        name: 'Emergency services',
        call: '111',
        text: '',
        textBody: '',
        hours: null,
        languages: [],
        note: EMERGENCY,
        sources: [
          gov(
            'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
          ),
        ],
      },
      {
        id: 'r24',
        name: 'Women’s Refuge crisis line',
        call: '0800 733 843',
        text: '',
        textBody: '',
        hours: ALWAYS,
        languages: [],
        note: {
          en: 'Free from any phone. Also 0800 REFUGE.',
          es: 'Gratis desde cualquier teléfono. También 0800 REFUGE.',
        },
        sources: [
          gov(
            'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
          ),
          own('https://womensrefuge.org.nz/get-help/'),
        ],
      },
      {
        id: 'r25',
        name: 'Shine Helpline',
        call: '0508 744 633',
        text: '',
        textBody: '',
        hours: NINE_TO_ELEVEN,
        languages: [],
        note: {
          en: 'Free from any phone, including advice on somewhere safe to go.',
          es: 'Gratis desde cualquier teléfono; también orientan sobre adónde ir para estar a salvo.',
        },
        sources: [
          gov(
            'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
          ),
        ],
      },
      {
        id: 'r26',
        name: 'It’s Not OK information line',
        call: '0800 456 450',
        text: '',
        textBody: '',
        hours: NINE_TO_ELEVEN,
        languages: [],
        note: {
          en: 'Free from any phone.',
          es: 'Gratis desde cualquier teléfono.',
        },
        sources: [
          gov(
            'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
          ),
        ],
      },
    ],
  },
];

/** The countries with a list, by code. */
export function countryHelp(code: string | null | undefined): CountryHelp | undefined {
  return COUNTRIES.find((c) => c.code === code);
}

/** The line a starting number came from (for its hours and languages), if any. */
export function lineById(id: string): HelpLine | undefined {
  for (const country of COUNTRIES) {
    const line = country.lines.find((l) => l.id === id);
    if (line) return line;
  }
  return undefined;
}

/** The country a starting number belongs to. */
export function countryOfLine(id: string): string | undefined {
  return COUNTRIES.find((c) => c.lines.some((l) => l.id === id))?.code;
}
