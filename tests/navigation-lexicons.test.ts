/**
 * The navigation lexicons beyond English, Chinese and Japanese (data/lexicons/<lang>/navigation.txt),
 * tested like ESLint rules through the real matcher (normaliser, word boundaries, allow-lists): per
 * language, chrome that MUST fire, ordinary sentences that MUST stay silent (words left out of the
 * list, or a term inside a longer word), and ordinary sentences that say one of the list's weak
 * words, which may hit but must stay below one full term (nav.lexicon-line needs one; rules in
 * data/rules/20_navigation.json). Every sentence is written for this test. When a clean sentence
 * fires, fix the lexicon, not the table.
 */
import { describe, expect, it } from 'vitest';
import type { LexiconHit } from '../src/lexicon/matcher.js';
import { hitsOf, lexicons, listHitsOf, normalize } from './helpers/shipped-lexicons.js';

function navigationHits(text: string): LexiconHit[] {
  return hitsOf(text).filter((h) => h.label === 'navigation');
}

const shown = (hits: readonly LexiconHit[]): string => hits.map((h) => `${h.term}*${h.weight}`).join(', ') || '(none)';

interface LanguageTable {
  lang: string;
  /** Chrome that must give a navigation hit of this (normalised) term. */
  fires: [text: string, term: string][];
  /** Ordinary sentences with no navigation hit at all. */
  silent: string[];
  /** Ordinary sentences saying a weak word of the list: hits allowed, but their weight stays below 1. */
  weak: string[];
}

const TABLES: LanguageTable[] = [
  {
    lang: 'de',
    fires: [
      ['Startseite', 'startseite'],
      ['Zum Inhalt springen', 'zum inhalt springen'],
      ['Impressum | Datenschutz | Kontakt', 'impressum'],
      ['Datenschutzerklärung', 'datenschutzerklärung'],
      ['Das könnte Sie auch interessieren', 'das könnte sie auch interessieren'],
      ['Newsletter abonnieren', 'newsletter abonnieren'],
      ['© 2026 Musterverlag GmbH. Alle Rechte vorbehalten.', 'alle rechte vorbehalten'],
      ['Cookie-Einstellungen', 'cookie-einstellungen'],
      ['Nach oben', 'nach oben'],
    ],
    silent: [
      'Die Kontaktaufnahme mit den Behörden verlief schleppend.',
      'Die Datenschutzbehörde prüft den Fall seit Wochen.',
      'Nach dem Spiel fuhr die Mannschaft weiter nach Hamburg zurück.',
      'Sie erstattete Anzeige gegen den Vermieter.',
      'Auf der Suche nach einer Wohnung zog sie nach Leipzig.',
    ],
    weak: [
      'Die Firma musste im Frühjahr Insolvenz anmelden.',
      'Das Restaurant bietet mittags ein günstiges Menü an.',
      'Die Geschwister wollen das Erbe gerecht teilen.',
      'Beim Datenschutz sieht die Ministerin noch Lücken.',
    ],
  },
  {
    lang: 'fr',
    fires: [
      ['Accueil', 'accueil'],
      ['Mentions légales', 'mentions légales'],
      ['Politique de confidentialité', 'politique de confidentialité'],
      ['Aller au contenu principal', 'aller au contenu principal'],
      ['Lire aussi : la réforme des retraites', 'lire aussi'],
      ['Plan du site', 'plan du site'],
      ['© 2026 Le Quotidien. Tous droits réservés.', 'tous droits réservés'],
      ['Page d’accueil', 'page d’accueil'],
    ],
    silent: [
      'Le jour suivant, le maire a présenté le budget précédent.',
      'Elle est restée en contact avec sa famille à propos de la vente.',
      'Les accueillants bénévoles ont reçu une formation.',
    ],
    weak: [
      "L'accueil des réfugiés reste un sujet de débat au conseil municipal.",
      'La connexion internet est coupée dans tout le village depuis lundi.',
      'Les élèves vont partager leurs travaux avec la classe voisine.',
    ],
  },
  {
    lang: 'es',
    fires: [
      ['Inicio', 'inicio'],
      ['Aviso legal', 'aviso legal'],
      ['Política de privacidad', 'política de privacidad'],
      ['Noticias relacionadas', 'noticias relacionadas'],
      ['Iniciar sesión', 'iniciar sesión'],
      ['Ir al contenido', 'ir al contenido'],
      ['© 2026 Diario del Sur. Todos los derechos reservados.', 'todos los derechos reservados'],
    ],
    silent: [
      'Al día siguiente, el alcalde anunció una nueva iniciativa.',
      'La publicidad institucional creció un diez por ciento.',
      'El anterior ministro de Economía visitó la fábrica.',
    ],
    weak: [
      'El inicio de la temporada se retrasó por la lluvia.',
      'Los vecinos siguen en contacto con la empresa constructora.',
      'Los investigadores decidieron compartir sus datos con otros equipos.',
    ],
  },
  {
    lang: 'pt',
    fires: [
      ['Página inicial', 'página inicial'],
      ['Política de privacidade', 'política de privacidade'],
      ['Leia também', 'leia também'],
      ['Fale conosco', 'fale conosco'],
      ['Todos os direitos reservados', 'todos os direitos reservados'],
      ['Aviso legal', 'aviso legal'],
    ],
    silent: [
      'A nova lei deve entrar em vigor no próximo mês.',
      'O ministro vai sair do governo na próxima semana.',
      'Os inícios de temporada costumam ser difíceis.',
    ],
    weak: [
      'O início do ano trouxe chuvas fortes para o litoral.',
      'Os moradores querem partilhar as despesas da obra.',
    ],
  },
  {
    lang: 'it',
    fires: [
      ['Vai al contenuto', 'vai al contenuto'],
      ['Leggi anche', 'leggi anche'],
      ['Articoli correlati', 'articoli correlati'],
      ['Informativa sulla privacy', 'informativa sulla privacy'],
      ['Tutti i diritti riservati', 'tutti i diritti riservati'],
      ['Chi siamo', 'chi siamo'],
    ],
    silent: [
      'In conferenza stampa il sindaco ha risposto alle domande.',
      'Gli abbonati della squadra sono aumentati del venti per cento.',
      'Il mese successivo il tribunale ha respinto il ricorso precedente.',
    ],
    weak: ['I ricercatori hanno pubblicato i commenti dei pazienti allo studio.'],
  },
  {
    lang: 'nl',
    fires: [
      ['Naar de inhoud', 'naar de inhoud'],
      ['Lees ook', 'lees ook'],
      ['Privacyverklaring', 'privacyverklaring'],
      ['Alle rechten voorbehouden', 'alle rechten voorbehouden'],
      ['Colofon', 'colofon'],
      ['Inloggen', 'inloggen'],
    ],
    silent: [
      'De onderdelen van de brug worden per schip aangevoerd.',
      'Volgende week neemt de gemeenteraad een besluit over het plan.',
    ],
    weak: ['Het boek verschijnt in twee delen bij een kleine uitgeverij.'],
  },
  {
    lang: 'ru',
    fires: [
      ['Главная', 'главная'],
      ['Войти', 'войти'],
      ['Политика конфиденциальности', 'политика конфиденциальности'],
      ['Читайте также', 'читайте также'],
      ['© 2026 Городские вести. Все права защищены.', 'все права защищены'],
      ['Карта сайта', 'карта сайта'],
    ],
    silent: [
      'Он входит в совет директоров компании с прошлого года.',
      'Главной темой встречи стали цены на топливо.',
      'И так далее: список претензий занял три страницы.',
    ],
    weak: [
      'Главная задача правительства сейчас состоит в снижении инфляции.',
      'Участники конференции решили поделиться опытом работы с молодёжью.',
      'Эта победа позволила команде войти в историю клуба.',
    ],
  },
  {
    lang: 'pl',
    fires: [
      ['Strona główna', 'strona główna'],
      ['Polityka prywatności', 'polityka prywatności'],
      ['Czytaj także', 'czytaj także'],
      ['Zaloguj się', 'zaloguj się'],
      ['Wszelkie prawa zastrzeżone', 'wszelkie prawa zastrzeżone'],
      ['Kontakt', 'kontakt'],
    ],
    silent: [
      'Kontakty handlowe z sąsiadami rozwijają się powoli.',
      'Więcej szczegółów rząd poda w przyszłym tygodniu.',
    ],
    weak: ['Regulamin konkursu przewiduje trzy nagrody dla uczniów.'],
  },
  {
    lang: 'tr',
    fires: [
      ['Ana Sayfa', 'ana sayfa'],
      ['Gizlilik Politikası', 'gizlilik politikası'],
      ['İletişim', normalize('İletişim')],
      ['İlgili Haberler', normalize('İlgili haberler')],
      ['Tüm hakları saklıdır', 'tüm hakları saklıdır'],
      ['Künye', 'künye'],
      ['Giriş Yap', 'giriş yap'],
    ],
    silent: [
      'Haberin ayrıntıları yarın açıklanacak.',
      'Yeni anasayfalar tasarlamak için ekip kuruldu.',
    ],
    weak: ['Üniversitenin iletişim fakültesi yeni bir bölüm açtı.'],
  },
  {
    lang: 'vi',
    fires: [
      ['Trang chủ', 'trang chủ'],
      ['Xem thêm', 'xem thêm'],
      ['Tin liên quan', 'tin liên quan'],
      ['Chính sách bảo mật', 'chính sách bảo mật'],
      ['Đăng nhập', 'đăng nhập'],
      ['Về đầu trang', 'về đầu trang'],
    ],
    silent: [
      'Cơ quan chức năng đang theo dõi diễn biến của cơn bão.',
      'Ông quay lại thành phố sau nhiều năm làm việc ở nước ngoài.',
    ],
    weak: [
      'Thông tin được đăng trên trang chủ của hãng vào sáng nay.',
      'Hai người đã đến ủy ban phường để đăng ký kết hôn.',
      'Bà chia sẻ rằng cuộc sống ở vùng cao còn nhiều khó khăn.',
    ],
  },
  {
    lang: 'id',
    fires: [
      ['Beranda', 'beranda'],
      ['Kebijakan Privasi', 'kebijakan privasi'],
      ['Baca juga: Harga beras naik lagi', 'baca juga'],
      ['Pedoman Media Siber', 'pedoman media siber'],
      ['Hubungi Kami', 'hubungi kami'],
      ['Berita Terkait', 'berita terkait'],
    ],
    silent: [
      'Selanjutnya, pemerintah akan masuk ke tahap pembangunan jalan.',
      'Bantuan itu dibagikan kepada warga di tiga desa.',
      'Daftar penerima beasiswa diumumkan pekan lalu.',
    ],
    weak: [
      'Mereka duduk di beranda rumah sambil menunggu hujan reda.',
      'Simak selengkapnya dalam laporan khusus tentang banjir di Jakarta.',
      'Potongan kode ini melanjutkan contoh dari halaman sebelumnya.',
    ],
  },
  {
    lang: 'ar',
    fires: [
      ['الرئيسية', 'الرئيسية'],
      ['سياسة الخصوصية', 'سياسة الخصوصية'],
      ['اتصل بنا', 'اتصل بنا'],
      ['اقرأ أيضاً', 'اقرأ أيضاً'],
      ['جميع الحقوق محفوظة', 'جميع الحقوق محفوظة'],
      ['تسجيل الدخول', 'تسجيل الدخول'],
    ],
    silent: [
      'التقى الرئيس السابق بوفد من رجال الأعمال أمس.',
      'وشارك في المؤتمر أكثر من مئة باحث.',
      'وزار الوزير المستشفى الرئيسي في المدينة.',
    ],
    weak: ['وأكد الوزير أن النقطة الرئيسية في الاتفاق هي خفض الأسعار.'],
  },
];

describe('navigation lexicons per language', () => {
  for (const table of TABLES) {
    describe(table.lang, () => {
      it('has a loaded list', () => {
        expect(lexicons.some((l) => l.lang === table.lang && l.category === 'navigation')).toBe(true);
      });
      it.each(table.fires)('fires on %s', (text, term) => {
        const hits = navigationHits(text);
        expect(hits.map((h) => h.term), shown(hits)).toContain(term);
      });
      it.each(table.silent)('stays silent on %s', (text) => {
        const hits = navigationHits(text);
        expect(hits, shown(hits)).toEqual([]);
      });
      it.each(table.weak)('stays below one full term on %s', (text) => {
        const hits = navigationHits(text);
        expect(hits.length, 'the sentence says a weak word of the list').toBeGreaterThan(0);
        expect(hits.reduce((sum, h) => sum + h.weight, 0), shown(hits)).toBeLessThan(1);
      });
    });
  }
});

describe('the other languages\' lists on English text', () => {
  // the lists of this file's languages alone: English text must not hit them (the training folds
  // are English; a term that is also an English word would change English pages)
  const othersHits = listHitsOf('navigation', new Set(TABLES.map((t) => t.lang)));
  it.each([
    'Contact the office before you start the application.',
    'The restaurant menu changes with the seasons, and the home team won at the start.',
    'Delegates registered their comments on the final agenda in Berlin and Madrid.',
    'The initial release reached the front page of the paper, and the next page carried the review.',
    'Read more about the Impressionist painters who worked along the river.',
  ])('%s', (text) => {
    const hits = othersHits(text);
    expect(hits, shown(hits)).toEqual([]);
  });
});
