import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    [
      'en',
      'The minister said on Tuesday that the new rules would be in force by the end of the year, and that the government had no plans to delay them.',
    ],
    [
      'fr',
      "Le ministre a déclaré mardi que les nouvelles règles seraient en vigueur avant la fin de l'année et que le gouvernement ne prévoyait pas de les reporter.",
    ],
    [
      'de',
      'Der Minister sagte am Dienstag, dass die neuen Regeln bis zum Ende des Jahres in Kraft treten würden und die Regierung nicht plane, sie zu verschieben.',
    ],
    [
      'es',
      'El ministro dijo el martes que las nuevas normas entrarán en vigor antes de que termine el año y que el Gobierno no tiene previsto aplazarlas.',
    ],
    [
      'it',
      "Il ministro ha detto martedì che le nuove regole saranno in vigore entro la fine dell'anno e che il governo non ha intenzione di rinviarle.",
    ],
    [
      'pt',
      'O ministro disse na terça-feira que as novas regras vão entrar em vigor até o fim do ano e que o governo não tem planos de adiá-las.',
    ],
    [
      'nl',
      'De minister zei dinsdag dat de nieuwe regels voor het einde van het jaar van kracht worden en dat de regering niet van plan is ze uit te stellen.',
    ],
    [
      'sv',
      'Ministern sa på tisdagen att de nya reglerna ska börja gälla före årets slut och att regeringen inte har några planer på att skjuta upp dem.',
    ],
    [
      'da',
      'Ministeren sagde tirsdag, at de nye regler vil træde i kraft inden årets udgang, og at regeringen ikke har planer om at udsætte dem, siger han.',
    ],
    [
      'no',
      'Ministeren sa tirsdag at de nye reglene skal tre i kraft før året er omme, og at regjeringen ikke har noen planer om å utsette dem, sier han.',
    ],
    [
      'pl',
      'Minister powiedział we wtorek, że nowe przepisy wejdą w życie do końca roku i że rząd nie planuje ich odkładania, ponieważ są one bardzo potrzebne.',
    ],
    [
      'ru',
      'Министр заявил во вторник, что новые правила вступят в силу до конца года и что правительство не планирует их откладывать.',
    ],
    [
      'tr',
      'Bakan salı günü yaptığı açıklamada, yeni kuralların yıl sonundan önce yürürlüğe gireceğini ve hükümetin bunları ertelemeyi planlamadığını söyledi, ancak bu çok tartışıldı.',
    ],
    [
      'id',
      'Menteri mengatakan pada hari Selasa bahwa aturan baru itu akan berlaku sebelum akhir tahun dan pemerintah tidak berencana untuk menundanya.',
    ],
    [
      'ar',
      'قال الوزير يوم الثلاثاء إن القواعد الجديدة ستدخل حيز التنفيذ قبل نهاية العام وإن الحكومة لا تخطط لتأجيلها.',
    ],
    [
      'zh',
      '部长周二表示，新规定将在年底前生效，政府没有推迟实施的计划。他说，这些规定对保护消费者非常重要。',
    ],
    ['ja', '大臣は火曜日、新しい規則は年末までに施行される予定で、政府には延期する計画はないと述べた。'],
    ['ko', '장관은 화요일 새 규정이 연말까지 시행될 것이며 정부는 이를 연기할 계획이 없다고 말했다.'],
    // Capitals are lower-cased per word, and General Punctuation (dashes, curly quotes) splits words.
    [
      'de',
      'DER MINISTER SAGTE AM DIENSTAG — „ÜBER DIE NEUEN REGELN“ —, DASS SIE BIS ZUM ENDE DES JAHRES IN KRAFT TRETEN WÜRDEN UND DIE REGIERUNG NICHT PLANE.',
    ],
    [
      'ru',
      'МИНИСТР ЗАЯВИЛ ВО ВТОРНИК, ЧТО НОВЫЕ ПРАВИЛА ВСТУПЯТ В СИЛУ ДО КОНЦА ГОДА И ЧТО ПРАВИТЕЛЬСТВО НЕ ПЛАНИРУЕТ ИХ ОТКЛАДЫВАТЬ.',
    ],
    [
      'en',
      'The minister said\u2014on Tuesday\u2014that the\u201cnew\u201drules would be\u2019in force by the end of the year and that the government had no plans.',
    ],
  ];
  for (const [lang, text] of cases) it(lang, () => assert.equal(detectLanguage(text), lang));

  const unsure: [string, string][] = [
    ['too short', 'Breaking news'],
    ['numbers and symbols', '12:30 — 45 % — 2019/11/17 — $ 1,200 — 3-1 — 99 + 100 = 199 — 4.5 km'],
    ['a list of names', 'Maria Lopez Daniel Okafor Sophie Clarke Priya Raman Kevin Walsh Rachel Green'],
    [
      'a results table (names and numbers, few function words)',
      'GIRLS SOCCER Lakeview d. Hillcrest 3-1 Lakeview (4-2): Moreno 2 goals. Ortiz 1 goal. Keller 5 saves. Hillcrest (1-5): Dunn 1 goal. Park 7 saves. Northside d. Eastbrook 2-0 Northside (3-3): Wright 2 goals. Lopez 4 saves. Eastbrook (2-4): Baker 6 saves. Westfield d. Central 1-0 Westfield (5-1): Evans 1 goal. Central (0-6): Young 9 saves. Ridgeway 4-4 Oakmont Ridgeway: Hughes 3 goals. Oakmont: Nguyen 2 goals.',
    ],
    ['Ukrainian is not Russian', 'Їжак і єнот їздили по місту Київ, пили каву та їли хліб із сиром щодня.'],
  ];
  for (const [what, text] of unsure) it(`null: ${what}`, () => assert.equal(detectLanguage(text), null));

  it('samples a bounded prefix of long text', () => {
    const text = 'The council said the plan would go ahead. '.repeat(100_000);
    const t0 = performance.now();
    assert.equal(detectLanguage(text), 'en');
    // A guard against pathological behaviour, not a speed test.
    assert.ok(performance.now() - t0 < 2000);
  });
});
