import { beforeAll, describe, expect, it } from 'vitest';
import { isAnswerHeading, loadAnswerHeadings } from '../src/classify/answer-list.js';
import { loadAuthorSectionTitles, normaliseTitle } from '../src/classify/author-section.js';
import { FURNITURE_LINE } from '../src/classify/furniture-line.js';
import { isRelatedLine, loadRelatedLabels } from '../src/classify/related-line.js';
import { SUBSCRIBE_APPEAL } from '../src/classify/subscribe-appeal.js';
import { parseOptions } from '../src/options.js';
import { countPhrases } from '../src/pagetype/terms.js';
import { loadResources, type Resources } from '../src/resources.js';

/**
 * The phrase lists of data/sections and data/pagetype/cues.json in German, French, Spanish,
 * Portuguese, Italian, Dutch, Russian, Polish, Turkish, Vietnamese, Indonesian and Arabic
 * (session 36): each list is matched as its consumer matches it (a label before a colon, a whole
 * line, a pattern searched in a short block, a heading's whole text, a phrase at word
 * boundaries), and each table holds lines that must fire and ordinary prose of the same language,
 * sharing words with the phrases, that must not. The English tables are in the consumers' own
 * test files. Lines written for these tests.
 */

const LINKED = 0.8;

describe('related-link labels (classify/related-line.ts): the label before the colon, lower case', () => {
  const labels = loadRelatedLabels();
  const fire = [
    'Lesen Sie auch: Die alte Mühle wird ein Museum',
    'Mehr zum Thema: Brücken im Landkreis',
    'Auch interessant: Wanderwege am Fluss',
    'Lire aussi : Le vieux moulin devient un musée',
    'À lire aussi : Les ponts du canton',
    'Lea también: El molino abre como museo',
    'Te puede interesar: Los puentes más antiguos',
    'Leia também: O moinho vira museu',
    'Leggi anche: Il mulino diventa un museo',
    'Lees ook: De molen wordt een museum',
    'Читайте также: Старая мельница станет музеем',
    'Czytaj także: Młyn zamieni się w muzeum',
    'İlgili haber: Eski değirmen müze oluyor',
    'İLGİLİ HABER: Eski değirmen müze oluyor',
    'Tin liên quan: Cối xay cũ trở thành bảo tàng',
    'Baca juga: Kincir tua jadi museum',
    'Baca Juga : Jembatan tertua di kabupaten',
    'BACA JUGA: Jembatan tertua di kabupaten',
    'اقرأ أيضا: الطاحونة القديمة تصبح متحفا',
    'اقرأ أيضاً: الجسور القديمة',
  ];
  const stay = [
    // the "see also" and "read more" family is left out in every language, as in English
    'Siehe auch: Liste der Brücken',
    'Voir aussi : Liste des ponts',
    'Véase también: Lista de puentes',
    'Zobacz też: Lista mostów',
    'Xem thêm: Danh sách cầu',
    'Lihat juga: Daftar jembatan',
    'См. также: Список мостов',
    'Weiterlesen: Die alte Mühle',
    'Leia mais: O moinho',
    'Baca selengkapnya: Kincir tua',
    // a sentence that opens with the words but is no label
    'Lesen Sie auch den Bericht der Gemeinde: die Mühle bleibt offen',
    'Baca juga berita dari desa sebelah: kincir itu masih berputar',
    'Die Bürgermeisterin sagte: Lesen Sie auch das Kleingedruckte',
  ];
  it.each(fire)('fires: %s', (line) => {
    expect(isRelatedLine(line, LINKED, labels)).toBe(true);
  });
  it.each(stay)('does not fire: %s', (line) => {
    expect(isRelatedLine(line, LINKED, labels)).toBe(false);
  });
  it('needs link text as in English', () => {
    expect(isRelatedLine('Baca juga: Kincir tua jadi museum', 0, labels)).toBe(false);
  });
});

describe('furniture lines (classify/furniture-line.ts): the whole short line', () => {
  const patterns = FURNITURE_LINE.load();
  const fire = [
    'Lesezeit: 4 Min.',
    '4 Minuten Lesezeit',
    'Von Anna Berg · 12. März 2025 · Lesezeit: ca. 6 Minuten',
    'Temps de lecture : 5 min',
    '5 minutes de lecture',
    'Tiempo de lectura: 3 minutos',
    '4 min de lectura',
    'Tempo de leitura: 6 min',
    'Tempo di lettura: 4 minuti',
    'Leestijd: 3 minuten',
    'Время чтения: 5 минут',
    '7 мин. чтения',
    'Czas czytania: 4 min',
    'Okuma süresi: 3 dk',
    'Thời gian đọc: 5 phút',
    'Waktu baca: 2 menit',
    'وقت القراءة: 4 دقائق',
    'Wird geladen...',
    'Chargement…',
    'Cargando...',
    'Загрузка...',
    'Yükleniyor...',
    'Đang tải...',
    'Memuat...',
    'War dieser Artikel hilfreich?',
    'Cet article vous a-t-il été utile ?',
    '¿Te ha resultado útil este artículo?',
    'Este artigo foi útil?',
    'Questo articolo ti è stato utile?',
    'Was dit artikel nuttig?',
    'Была ли эта статья полезной?',
    'Czy ten artykuł był pomocny?',
    'Bu makale yararlı oldu mu?',
    'Bài viết này có hữu ích không?',
    'Apakah artikel ini membantu?',
    'هل كان هذا المقال مفيدًا؟',
    'Inhaltsverzeichnis',
    'Sommaire',
    'Table des matières :',
    'Índice',
    'Indice',
    'Inhoudsopgave',
    'Содержание',
    'Spis treści',
    'İçindekiler',
    'İÇİNDEKİLER',
    'Mục lục',
    'Daftar Isi',
    'جدول المحتويات',
  ];
  const stay = [
    'Der Trainer sprach nach 20 Minuten Lesezeit mit der Presse über das Spiel von gestern.',
    'Die Lesezeit der Kinder ist im Winter länger geworden, sagen die Lehrerinnen.',
    'Il recommande de consacrer chaque jour vingt minutes de lecture à voix haute aux enfants du village.',
    'Cargando los camiones, los voluntarios pasaron toda la tarde en el puerto.',
    'Загрузка судна заняла у бригады всю ночь, рассказал капитан.',
    'Laden und Cafés am Markt öffnen wieder am Montag',
    'War dieser Sommer der heißeste seit Beginn der Messungen? Die Forscher sind sich nicht einig.',
    'Este artigo da lei foi aprovado ontem pela câmara municipal.',
    'Das Inhaltsverzeichnis der Chronik wurde von der Gemeinde neu geordnet.',
    'Содержание письма осталось неизвестным до суда.',
    'Índice de precios al consumidor sube un 3 % en marzo',
    'Daftar isi tas siswa yang harus dibawa ke sekolah',
    'Mục lục sách giáo khoa mới được công bố hôm nay',
  ];
  it.each(fire)('fires: %s', (line) => {
    expect(FURNITURE_LINE.matches(line, patterns)).toBe(true);
  });
  it.each(stay)('does not fire: %s', (line) => {
    expect(FURNITURE_LINE.matches(line, patterns)).toBe(false);
  });
});

describe('subscribe appeals (classify/subscribe-appeal.ts): found at a sentence start in a short block', () => {
  const patterns = SUBSCRIBE_APPEAL.load();
  const fire = [
    'Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachricht.',
    'Jetzt Newsletter abonnieren!',
    'Folgen Sie uns auf Instagram.',
    'Abonnez-vous à notre newsletter pour recevoir nos articles.',
    'Suivez-nous sur Facebook et Twitter.',
    '¡Suscríbete a nuestro boletín!',
    'Síguenos en Instagram.',
    'Inscreva-se na nossa newsletter.',
    'Siga-nos no Instagram.',
    'Iscriviti alla nostra newsletter settimanale.',
    'Seguici su Telegram.',
    'Schrijf je in voor onze nieuwsbrief.',
    'Volg ons op Instagram.',
    'Подписывайтесь на наш канал в Telegram.',
    'Поддержите нас.',
    'Zapisz się do naszego newslettera.',
    'Obserwuj nas na Facebooku.',
    "Bizi Instagram'da takip edin.",
    'Đăng ký nhận bản tin của chúng tôi.',
    'Theo dõi chúng tôi trên Facebook.',
    'Ikuti kami di Instagram.',
    'Ikuti berita terkini dari Kabar Desa di Google News.',
    'Dukung kami.',
    'تابعونا على فيسبوك',
    'اشترك في نشرتنا البريدية',
  ];
  const stay = [
    // the words inside the story's own sentences
    'Der Verein hat seinen Newsletter eingestellt, weil niemand ihn abonnieren wollte.',
    'Die Polizei bat die Zeugen, ihr auf dem Weg zur Brücke zu folgen.',
    'Steun ons land in moeilijke tijden, zei de minister tegen de boeren.',
    'Les habitants ont suivi le cortège sur la place du marché.',
    'Los vecinos siguen en la plaza esperando noticias.',
    'Аналитики следят за рынком в течение всего года.',
    'Warga mengikuti upacara di balai desa sejak pagi.',
    'Kamu bisa ikuti jalan setapak di tepi sungai sampai ke jembatan.',
  ];
  it.each(fire)('fires: %s', (text) => {
    expect(SUBSCRIBE_APPEAL.matches(text, patterns)).toBe(true);
  });
  it.each(stay)('does not fire: %s', (text) => {
    expect(SUBSCRIBE_APPEAL.matches(text, patterns)).toBe(false);
  });
});

describe('answer-count headings (classify/answer-list.ts): the whole line', () => {
  const patterns = loadAnswerHeadings();
  const fire = ['3 Antworten', '1 Antwort', '3 réponses', '3 respuestas', '3 respostas', '3 risposte', '1 risposta', '3 antwoorden', '3 ответа', '1 ответ', '12 ответов', '3 odpowiedzi', '1 odpowiedź', '3 cevap', '3 câu trả lời', '3 jawaban', '3 إجابات', '1.234 Antworten', 'Antworten (3)', 'Ответы (12)'];
  const stay = ['Antworten', '3 Kommentare', '3 commentaires', '3 comentarios', '3 комментария', 'Drei Antworten auf die wichtigsten Fragen', '3 Antworten, die jeder kennen sollte', 'Die 3 Antworten', '3 Antworten zu „Die alte Mühle“'];
  it.each(fire)('fires: %s', (line) => {
    expect(isAnswerHeading(line, patterns)).toBe(true);
  });
  it.each(stay)('does not fire: %s', (line) => {
    expect(isAnswerHeading(line, patterns)).toBe(false);
  });
});

describe('author-section titles (classify/author-section.ts): the heading\'s whole text', () => {
  const titles = loadAuthorSectionTitles();
  const fire = ['Über den Autor', 'À propos de l’auteur', 'Sobre el autor:', 'Sobre o autor', 'Sull’autore', 'Over de auteur', 'Об авторе', 'O autorze', 'Yazar Hakkında', 'Về tác giả', 'Tentang Penulis', 'عن الكاتب'];
  const stay = ['Der Autor im Gespräch', 'Ein Buch über den Autor Theodor Fontane', 'Sobre el autor del puente', 'Об авторе проекта моста'];
  it.each(fire)('fires: %s', (heading) => {
    expect(titles.has(normaliseTitle(heading))).toBe(true);
  });
  it.each(stay)('does not fire: %s', (heading) => {
    expect(titles.has(normaliseTitle(heading))).toBe(false);
  });
});

describe('page-type phrases (data/pagetype/cues.json terms): at word boundaries', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });
  const count = (group: 'commerce' | 'forum' | 'docs', text: string): number => countPhrases(text.toLowerCase(), resources.pageType.cues.terms[group]);
  const rows: { group: 'commerce' | 'forum' | 'docs'; text: string; min: number }[] = [
    { group: 'commerce', text: 'In den Warenkorb · Auf Lager · Versandkostenfrei', min: 3 },
    { group: 'commerce', text: 'Ajouter au panier — Livraison gratuite', min: 2 },
    { group: 'commerce', text: 'Añadir al carrito · Envío gratis · IVA incluido', min: 3 },
    { group: 'commerce', text: 'Adicionar ao carrinho · Frete grátis · Em estoque', min: 3 },
    { group: 'commerce', text: 'Aggiungi al carrello · Spedizione gratuita', min: 2 },
    { group: 'commerce', text: 'In winkelwagen · Op voorraad · Gratis verzending', min: 3 },
    { group: 'commerce', text: 'В корзину · В наличии · Артикул: 12345', min: 3 },
    { group: 'commerce', text: 'Dodaj do koszyka · Darmowa dostawa', min: 2 },
    { group: 'commerce', text: 'Sepete Ekle · Ücretsiz Kargo · Stokta var', min: 3 },
    { group: 'commerce', text: 'Thêm vào giỏ hàng · Mua ngay · Miễn phí vận chuyển', min: 3 },
    { group: 'commerce', text: 'Tambah ke Keranjang · Beli Sekarang · Gratis Ongkir', min: 3 },
    { group: 'commerce', text: 'أضف إلى السلة · شحن مجاني', min: 2 },
    { group: 'forum', text: 'Themenstarter · Mitglied seit 2019 · Beste Antwort', min: 3 },
    { group: 'forum', text: 'Membre depuis 2019 · Meilleure réponse', min: 2 },
    { group: 'forum', text: 'Miembro desde 2019 · Mejor respuesta', min: 2 },
    { group: 'forum', text: 'Ответить с цитатой · Автор темы', min: 2 },
    { group: 'forum', text: 'Autor tematu · Najlepsza odpowiedź', min: 2 },
    { group: 'forum', text: 'Konuyu başlatan · Üyelik tarihi: 2019 · En iyi cevap', min: 3 },
    { group: 'forum', text: 'Bergabung sejak 2019 · Jawaban terbaik', min: 2 },
    { group: 'forum', text: 'رد مع اقتباس · تاريخ التسجيل', min: 2 },
    { group: 'docs', text: 'Rückgabewert · Codebeispiel', min: 2 },
    { group: 'docs', text: 'Valeur de retour · Exemple de code', min: 2 },
    { group: 'docs', text: 'Valor de retorno · Ejemplo de código', min: 2 },
    { group: 'docs', text: 'Возвращаемое значение · Пример кода', min: 2 },
    { group: 'docs', text: 'Dönüş değeri · Örnek kod', min: 2 },
    { group: 'docs', text: 'Giá trị trả về · Nilai kembalian · Contoh kode', min: 3 },
  ];
  it.each(rows)('$group counts $min in "$text"', ({ group, text, min }) => {
    expect(count(group, text)).toBeGreaterThanOrEqual(min);
  });

  it.each([
    // news prose in each language, with the words that news shares with shops and forums
    ['commerce', 'Der Preis für Brot ist gestiegen, und die Bäckerei am Markt hat ihre Antworten auf die Fragen der Kunden veröffentlicht.'],
    ['commerce', 'Las entradas para el concierto se han agotado en pocas horas, según los organizadores.'],
    ['commerce', 'Os ingressos esgotaram e a prefeitura anunciou uma segunda data.'],
    ['commerce', 'Chỉ số giá tiêu dùng tính trên giỏ hàng hóa tăng nhẹ trong tháng ba.'],
    ['commerce', 'Он выбросил старые бумаги в мусорную корзину и ушёл.'],
    ['forum', 'Die Beiträge zur Krankenversicherung steigen im nächsten Jahr, Antworten der Regierung stehen noch aus.'],
    ['forum', 'Bộ trưởng trả lời phỏng vấn về kế hoạch xây cầu mới và tham gia ngày hội văn hóa.'],
    ['forum', 'Warga membalas sapaan presiden yang datang ke desa mereka.'],
    ['forum', 'Министр дал лучший ответ на вопрос журналистов о ценах.'],
    ['docs', 'Die Dokumentation über den Fluss lief gestern im Fernsehen.'],
    ['docs', 'La documentación del vehículo debe estar en regla antes del viaje.'],
    ['docs', 'Ответственность за значение выборов лежит на всех гражданах.'],
  ] as const)('%s counts nothing in "%s"', (group, text) => {
    expect(count(group, text)).toBe(0);
  });

  // the user card's "joined" field with its colon (session 36, forumml-36): once per post on a board
  it.each([
    'Beiträge: 12 Registriert: Mo 3. Mär 2025, 19:12',
    'Mensajes: 230 Registrado: 12 Feb 2019',
    'Mensagens: 57 Registrado em: 04/02/2019',
    'Messaggi: 88 Iscritto il: 3 marzo 2020',
    'Berichten: 40 Geregistreerd: 3 maart 2020',
    'Berichten: 40 Lid geworden op: 3 maart 2020',
    'Сообщения: 512 Зарегистрирован: 3 марта 2020',
    'Pesan: 88 Bergabung: 3 Maret 2020',
  ])('forum counts the joined field in "%s"', (text) => {
    expect(count('forum', text)).toBe(1);
  });

  it.each([
    // the bare words are news prose; so is an event notice's sign-up line, left out (fr, pl, tr)
    'In Bayern wurden im Oktober 500 neue Fälle registriert, teilte das Ministerium mit.',
    'El vehículo estaba registrado a nombre de una empresa de Valencia.',
    'O imóvel foi registrado em cartório no ano passado.',
    'Он был зарегистрирован в Москве как индивидуальный предприниматель.',
    'Pemain muda itu bergabung dengan klub pada musim lalu.',
    'Inscription : gratuite, sur le site de la mairie.',
    'Rejestracja: do piątku na stronie urzędu.',
    'Kayıt: belediyenin internet sitesinden yapılabilir.',
  ])('forum counts nothing in "%s"', (text) => {
    expect(count('forum', text)).toBe(0);
  });

  it('a phrase ending in a colon wants a boundary before it only', () => {
    expect(count('forum', 'registriert:12')).toBe(1);
    expect(count('forum', 'registriert: mo 3. mär')).toBe(1);
    expect(count('forum', 'unregistriert: ja')).toBe(0);
    expect(count('forum', 'registriert')).toBe(0);
  });

  it('a Cyrillic phrase counts at word boundaries, not inside a longer word', () => {
    expect(count('commerce', 'артикул')).toBe(1);
    expect(count('commerce', 'артикулы')).toBe(0);
    expect(count('commerce', 'в корзину')).toBe(1);
    expect(count('commerce', 'в корзинуx')).toBe(0);
  });
});
