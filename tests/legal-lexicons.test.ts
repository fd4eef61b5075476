/**
 * The legal-notice lexicons beyond English and Chinese (data/lexicons/<lang>/legal.txt, session 37),
 * tested like ESLint rules: per language, phrases that MUST hit the legal category through the real
 * matcher, sentences about copyright, privacy and cookies that MUST stay silent, and three paragraphs
 * through the real sifter: a site's notice with two or more phrases becomes navigation with hit
 * nav.legal-notice; the same notice with one phrase, and a news paragraph on a copyright case or
 * cookies, stay body. Every text is written for this test and is at least 150 non-space characters
 * (nav.legal-notice's floor), so the phrase count alone decides. When a clean sentence fires, fix
 * the lexicon, not the table.
 */
import { describe, expect, it } from 'vitest';
import { createSifter, type Report, type Segment } from '../src/index.js';
import type { LexiconHit } from '../src/lexicon/matcher.js';
import { hitsOf, lexicons, listHitsOf } from './helpers/shipped-lexicons.js';

const sifter = await createSifter();

function legalHits(text: string): LexiconHit[] {
  return hitsOf(text).filter((h) => h.category === 'legal');
}
const distinct = (hits: readonly LexiconHit[]): number => new Set(hits.map((h) => h.term)).size;
const shown = (hits: readonly LexiconHit[]): string => hits.map((h) => h.term).join(', ') || '(none)';
const nonSpace = (text: string): number => text.replace(/\s/g, '').length;

interface LanguageTable {
  lang: string;
  /** Site boilerplate that must give a legal hit of this (normalised) term. */
  fires: [text: string, term: string][];
  /** Sentences about copyright, privacy or cookies with no legal hit at all. */
  silent: string[];
  /** A site's notice with two or more distinct legal phrases. */
  notice: string;
  /** The same notice with one legal phrase. */
  single: string;
  /** A news paragraph on a copyright case, a privacy authority or cookies. */
  news: string;
}

const TABLES: LanguageTable[] = [
  {
    lang: 'de',
    fires: [
      ['© 2026 Musterbote Verlag GmbH. Alle Rechte vorbehalten.', 'alle rechte vorbehalten'],
      ['Nachdruck nur mit Genehmigung des Verlags.', 'nachdruck nur mit genehmigung'],
      ['Cookies helfen uns bei der Bereitstellung unserer Inhalte und Dienste.', 'cookies helfen uns bei der bereitstellung'],
      ['Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.', 'durch die weitere nutzung'],
      ['Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.', 'der verwendung von cookies zu'],
      ['Wir verwenden Cookies, um unsere Website zu verbessern.', 'wir verwenden cookies'],
      ['Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.', 'an qualifizierten verkäufen'],
      ['Impressum | Datenschutzerklärung | Nutzungsbedingungen', 'datenschutzerklärung'],
      ['Alle Angaben ohne Gewähr.', 'angaben ohne gewähr'],
    ],
    silent: [
      'Das Gericht prüft, ob die Fotos urheberrechtlich geschützt sind.',
      'Die Verwendung von Cookies erfordert nach dem Urteil eine Einwilligung.',
      'Der Datenschutz bleibt ein Streitpunkt zwischen Bund und Ländern.',
      'Für die Bürger entstehen keine zusätzlichen Kosten, sagte der Minister.',
      'Das Unternehmen übernimmt keine Haftung für die Schäden am Dach.',
    ],
    notice:
      'Diese Website verwendet Cookies, damit wir Ihnen die Artikel des Musterboten schneller anzeigen und die Reichweite unserer Beiträge messen können. Durch die weitere Nutzung der Website stimmen Sie der Verwendung von Cookies zu.',
    single:
      'Diese Website verwendet Cookies, damit wir Ihnen die Artikel des Musterboten schneller anzeigen und die Reichweite unserer Beiträge messen können. Ihre Auswahl können Sie jederzeit in den Einstellungen Ihres Browsers ändern.',
    news: 'Das Landgericht Hamburg verhandelt seit Montag über das Urheberrecht an den Fotos; die Kläger sagen, die Bilder seien urheberrechtlich geschützt. Zugleich prüft die Datenschutzbehörde, ob die Verwendung von Cookies auf Nachrichtenseiten ohne Einwilligung erlaubt ist.',
  },
  {
    lang: 'fr',
    fires: [
      ['© 2026 Le Quotidien du Val. Tous droits réservés.', 'tous droits réservés'],
      ['Toute reproduction, même partielle, est interdite.', 'toute reproduction, même partielle'],
      ['Ce site utilise des cookies.', 'ce site utilise des cookies'],
      ['En poursuivant votre navigation, vous acceptez l’utilisation de cookies.', 'en poursuivant votre navigation'],
      ["Mentions légales · Politique de confidentialité · Conditions générales d'utilisation", 'politique de confidentialité'],
      ["Les opinions publiées n'engagent que leurs auteurs.", "n'engagent que leurs auteurs"],
      ['Cet article contient des liens affiliés.', 'liens affiliés'],
    ],
    silent: [
      'La CNIL encadre l’utilisation de cookies par les éditeurs de presse.',
      'Le tribunal a reconnu une atteinte au droit d’auteur du photographe.',
      'Le permis a été accordé sans autorisation préalable du conseil municipal.',
    ],
    notice:
      'Ce site utilise des cookies pour mesurer son audience et vous proposer des articles adaptés à vos centres d’intérêt. En poursuivant votre navigation sur le Quotidien du Val, vous acceptez l’utilisation de ces traceurs, que vous pouvez refuser à tout moment.',
    single:
      'Ce site utilise des cookies pour mesurer son audience et vous proposer des articles adaptés à vos centres d’intérêt. Vous pouvez les refuser à tout moment dans vos paramètres, et la rédaction du Quotidien du Val reste joignable par courrier.',
    news: 'La CNIL a infligé mardi une amende à un grand éditeur de presse : selon l’autorité, l’utilisation de cookies publicitaires sans consentement viole le RGPD. L’éditeur conteste et invoque le droit d’auteur sur ses contenus, protégés contre toute contrefaçon.',
  },
  {
    lang: 'es',
    fires: [
      ['© 2026 Diario del Valle. Todos los derechos reservados.', 'todos los derechos reservados'],
      ['Queda prohibida la reproducción total o parcial de estos contenidos.', 'queda prohibida la reproducción'],
      ['Este sitio web utiliza cookies.', 'este sitio web utiliza cookies'],
      ['Utilizamos cookies propias y de terceros.', 'utilizamos cookies'],
      ['Aviso legal | Política de privacidad | Política de cookies', 'política de privacidad'],
      ['Este artículo contiene enlaces de afiliado.', 'enlaces de afiliado'],
    ],
    silent: [
      'La agencia multó a la aerolínea por el uso de cookies sin consentimiento.',
      'El juzgado estudia una demanda por derechos de autor contra la productora.',
      'Las partes firmaron los términos y condiciones del acuerdo en Bruselas.',
    ],
    notice:
      'Este sitio web utiliza cookies propias y de terceros para analizar el tráfico y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso; puede cambiar la configuración en cualquier momento.',
    single:
      'Este sitio web utiliza cookies propias y de terceros para analizar el tráfico y mostrarle publicidad relacionada con sus preferencias. Puede cambiar la configuración en cualquier momento desde el enlace que encontrará al final de cada página.',
    news: 'La Agencia Española de Protección de Datos multó ayer a una aerolínea por el uso de cookies sin consentimiento, y un juzgado de Madrid estudia una demanda por derechos de autor contra la misma empresa, acusada de copiar fotografías de un fotógrafo local.',
  },
  {
    lang: 'pt',
    fires: [
      ['© 2026 Jornal do Vale. Todos os direitos reservados.', 'todos os direitos reservados'],
      ['É proibida a reprodução do conteúdo desta página.', 'é proibida a reprodução'],
      ['Este site utiliza cookies.', 'este site utiliza cookies'],
      ['Ao continuar navegando, você concorda com a nossa política.', 'ao continuar navegando'],
      ['Política de Privacidade | Termos de Uso', 'política de privacidade'],
      ['Os comentários não representam a opinião do jornal.', 'não representam a opinião'],
    ],
    silent: [
      'A autoridade abriu um processo contra a rede de farmácias pelo uso de cookies.',
      'O tribunal julga uma ação por direitos autorais movida por fotógrafos.',
      'As empresas assinaram os termos e condições do contrato ontem.',
    ],
    notice:
      'Este site utiliza cookies para melhorar a sua experiência de leitura e para medir a audiência das nossas reportagens. Ao continuar navegando, você concorda com o uso de cookies descrito na nossa Política de Privacidade, que pode ser consultada a qualquer momento.',
    single:
      'Este site utiliza cookies para melhorar a sua experiência de leitura e para medir a audiência das nossas reportagens. As configurações podem ser alteradas a qualquer momento no menu do navegador, e a redação responde às dúvidas dos leitores por e-mail.',
    news: 'A Autoridade Nacional de Proteção de Dados abriu ontem um processo contra uma rede de farmácias pelo uso de cookies sem consentimento, e um tribunal de São Paulo julga uma ação por direitos autorais movida por fotógrafos contra a mesma empresa.',
  },
  {
    lang: 'it',
    fires: [
      ['© 2026 Gazzetta della Valle. Tutti i diritti riservati.', 'tutti i diritti riservati'],
      ['Riproduzione riservata', 'riproduzione riservata'],
      ['Questo sito utilizza cookie tecnici e di profilazione.', 'questo sito utilizza cookie'],
      ['Proseguendo la navigazione acconsenti all’uso dei cookie.', 'proseguendo la navigazione'],
      ['Questo blog non rappresenta una testata giornalistica.', 'non rappresenta una testata giornalistica'],
      ['Informativa sulla privacy · Note legali', 'informativa sulla privacy'],
    ],
    silent: [
      'Il Garante ha sanzionato la catena di negozi per l’uso dei cookie senza consenso.',
      'Il tribunale esamina una causa sul diritto d’autore intentata da un fotografo.',
      'La società declina ogni commento sulla vicenda.',
    ],
    notice:
      'Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti, per offrirti un servizio in linea con le tue preferenze. Chiudendo questo banner, scorrendo la pagina o proseguendo la navigazione acconsenti all’uso dei cookie.',
    single:
      'Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti, per offrirti un servizio in linea con le tue preferenze. Puoi modificare le tue scelte in qualsiasi momento dal menu del browser, oppure scrivere alla redazione del giornale.',
    news: 'Il Garante per la protezione dei dati personali ha sanzionato ieri una catena di negozi per l’uso dei cookie senza consenso, mentre il tribunale di Milano esamina una causa sul diritto d’autore intentata da un fotografo contro la stessa azienda.',
  },
  {
    lang: 'nl',
    fires: [
      ['© 2026 Dagblad van het Dal. Alle rechten voorbehouden.', 'alle rechten voorbehouden'],
      ['Aan de inhoud van deze website kunnen geen rechten worden ontleend.', 'kunnen geen rechten worden ontleend'],
      ['Deze website maakt gebruik van cookies.', 'deze website maakt gebruik van cookies'],
      ['Privacyverklaring | Cookiebeleid | Gebruiksvoorwaarden', 'cookiebeleid'],
      ['Zolang de voorraad strekt.', 'zolang de voorraad strekt'],
    ],
    silent: [
      'De toezichthouder beboette de webwinkel om het gebruik van cookies.',
      'De rechtbank buigt zich over een zaak over auteursrecht.',
      'De bank paste vorig jaar haar algemene voorwaarden aan.',
    ],
    notice:
      'Deze website maakt gebruik van cookies om het bezoek te meten en advertenties af te stemmen op jouw interesses. Door verder te gaan op deze website ga je akkoord met het gebruik van cookies; meer informatie vind je in ons cookiebeleid.',
    single:
      'Deze website maakt gebruik van cookies om het bezoek te meten en advertenties af te stemmen op jouw interesses. Je kunt je keuze op elk moment aanpassen in de instellingen van je browser of een vraag stellen aan de redactie van de krant.',
    news: 'De Autoriteit Persoonsgegevens heeft gisteren een webwinkel beboet omdat die het gebruik van cookies niet netjes regelde, en de rechtbank in Utrecht buigt zich over een zaak over auteursrecht die een fotograaf tegen hetzelfde bedrijf heeft aangespannen.',
  },
  {
    lang: 'ru',
    fires: [
      ['© 2026 Газета «Долина». Все права защищены.', 'все права защищены'],
      ['При копировании материалов ссылка на источник обязательна.', 'при копировании материалов'],
      ['Этот сайт использует cookie.', 'этот сайт использует cookie'],
      ['Мы используем файлы cookie.', 'мы используем файлы cookie'],
      ['Информация на сайте не является публичной офертой.', 'не является публичной офертой'],
      ['Политика конфиденциальности | Пользовательское соглашение', 'политика конфиденциальности'],
    ],
    silent: [
      'Суд рассмотрел иск фотографа о нарушении авторских прав.',
      'Регулятор готовит правила обработки персональных данных.',
      'Компания не несет ответственности за действия подрядчика, заявил её представитель.',
    ],
    notice:
      'Этот сайт использует файлы cookie, чтобы запоминать ваши настройки и считать посещаемость наших материалов. Продолжая использовать сайт, вы соглашаетесь с использованием файлов cookie и с нашей политикой конфиденциальности.',
    single:
      'Этот сайт использует файлы cookie, чтобы запоминать ваши настройки и считать посещаемость наших материалов. Изменить настройки можно в любое время в меню браузера, а вопросы о работе редакции можно задать по электронной почте.',
    news: 'Суд в Москве во вторник рассмотрел иск фотографа, который обвиняет издание в нарушении авторских прав. Эксперты говорят, что многие сайты собирают cookie и персональные данные без согласия пользователей, и регулятор готовит новые правила.',
  },
  {
    lang: 'pl',
    fires: [
      ['© 2026 Gazeta Doliny. Wszelkie prawa zastrzeżone.', 'wszelkie prawa zastrzeżone'],
      ['Ta strona używa plików cookie.', 'ta strona używa plików cookie'],
      ['Korzystamy z plików cookie.', 'korzystamy z plików cookie'],
      ['Polityka prywatności | Polityka cookies | Regulamin serwisu', 'polityka prywatności'],
      ['Informacje na stronie nie stanowią oferty w rozumieniu art. 66 Kodeksu cywilnego.', 'w rozumieniu art. 66'],
    ],
    silent: [
      'Sąd rozpatruje pozew fotografa o naruszenie praw autorskich.',
      'Urząd ostrzega, że sklepy zbierają pliki cookie bez zgody klientów.',
      'Zgodnie z regulaminem konkursu nagrody wręczono w sobotę.',
    ],
    notice:
      'Ta strona używa plików cookie, aby zapamiętać Twoje ustawienia i mierzyć oglądalność naszych artykułów. Dalsze korzystanie ze strony oznacza, że wyrażasz zgodę na używanie plików cookie zgodnie z naszą polityką prywatności.',
    single:
      'Ta strona używa plików cookie, aby zapamiętać Twoje ustawienia i mierzyć oglądalność naszych artykułów. Ustawienia możesz zmienić w każdej chwili w menu przeglądarki, a pytania do redakcji gazety możesz wysłać pocztą elektroniczną.',
    news: 'Sąd w Warszawie rozpatruje pozew fotografa, który zarzuca wydawcy naruszenie praw autorskich. Prezes urzędu ochrony danych osobowych ostrzega zaś, że wiele sklepów internetowych zbiera pliki cookie bez zgody klientów i bez podstawy w RODO.',
  },
  {
    lang: 'tr',
    fires: [
      ['© 2026 Vadi Gazetesi. Tüm hakları saklıdır.', 'tüm hakları saklıdır'],
      ['© 2026 VADİ GAZETESİ. TÜM HAKLARI SAKLIDIR.', 'tüm haklari saklidir'],
      ['İzin alınmadan, kaynak gösterilerek dahi iktibas edilemez.', 'iktibas edilemez'],
      ['Bu sitede çerezler kullanılmaktadır.', 'bu sitede çerezler kullanılmaktadır'],
      ['Gizlilik Politikası | Kullanım Koşulları', 'gizlilik politikası'],
    ],
    silent: [
      'Kurum, çerez kullanımı için açık rıza almayan siteye ceza verdi.',
      'Mahkeme, fotoğrafçının açtığı telif hakkı davasını görüyor.',
      'Şirket, kişisel verilerin korunması konusunda yeni bir rapor yayımladı.',
    ],
    notice:
      'Bu sitede çerezler kullanılmaktadır. Size daha iyi bir okuma deneyimi sunmak ve ziyaretçi sayısını ölçmek için çerezlerden yararlanıyoruz; sitemizi kullanmaya devam ederek çerez kullanımına izin vermiş olursunuz.',
    single:
      'Bu sitede çerezler kullanılmaktadır. Size daha iyi bir okuma deneyimi sunmak ve ziyaretçi sayısını ölçmek için çerezlerden yararlanıyoruz; tercihlerinizi tarayıcınızın ayarlarından istediğiniz zaman değiştirebilir, sorularınızı editörümüze iletebilirsiniz.',
    news: 'Kişisel Verileri Koruma Kurumu dün bir alışveriş sitesine, çerez kullanımı için ziyaretçilerden açık rıza almadığı gerekçesiyle para cezası verdi. İstanbul’daki bir mahkeme ise aynı şirkete karşı bir fotoğrafçının açtığı telif hakkı davasını görüyor.',
  },
  {
    lang: 'vi',
    fires: [
      ['Bản quyền thuộc về Báo Thung Lũng.', 'bản quyền thuộc về'],
      ['Trang web này sử dụng cookie.', 'trang web này sử dụng cookie'],
      ['Thông tin chỉ mang tính chất tham khảo.', 'chỉ mang tính chất tham khảo'],
      ['Chính sách bảo mật | Điều khoản sử dụng', 'chính sách bảo mật'],
    ],
    silent: [
      'Tòa án xét xử vụ kiện vi phạm bản quyền giữa nhiếp ảnh gia và công ty.',
      'Sản phẩm phải ghi rõ nguồn gốc xuất xứ trên bao bì.',
      'Nhiều trang web thu thập cookie và dữ liệu cá nhân của người dùng.',
    ],
    notice:
      'Trang web này sử dụng cookie để ghi nhớ lựa chọn của bạn và đo lượng truy cập các bài viết. Nếu bạn tiếp tục sử dụng trang web, bạn đồng ý với việc sử dụng cookie theo chính sách bảo mật của chúng tôi.',
    single:
      'Trang web này sử dụng cookie để ghi nhớ lựa chọn của bạn và đo lượng truy cập các bài viết. Bạn có thể thay đổi lựa chọn bất cứ lúc nào trong phần cài đặt của trình duyệt, hoặc gửi câu hỏi cho ban biên tập qua thư điện tử.',
    news: 'Tòa án nhân dân TP.HCM hôm qua xét xử vụ kiện vi phạm bản quyền giữa một nhiếp ảnh gia và một công ty truyền thông. Các chuyên gia cho biết nhiều trang web thu thập cookie và dữ liệu cá nhân của người dùng mà không xin phép.',
  },
  {
    lang: 'id',
    fires: [
      ['Hak Cipta Dilindungi Undang-Undang.', 'hak cipta dilindungi undang-undang'],
      ['Situs ini menggunakan cookie.', 'situs ini menggunakan cookie'],
      ['Kebijakan Privasi | Pedoman Media Siber', 'pedoman media siber'],
      ['Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel.', 'dilarang mengambil dan/atau menayangkan ulang'],
    ],
    silent: [
      'Pengadilan menyidangkan gugatan pelanggaran hak cipta seorang fotografer.',
      'Banyak situs mengumpulkan cookie dan data pribadi pengguna tanpa izin.',
      'Kedua perusahaan menyepakati syarat dan ketentuan kerja sama itu.',
    ],
    notice:
      'Situs ini menggunakan cookie untuk mengingat pilihan Anda dan mengukur jumlah pembaca setiap artikel. Dengan terus menggunakan situs ini, Anda menyetujui penggunaan cookie sesuai kebijakan privasi kami.',
    single:
      'Situs ini menggunakan cookie untuk mengingat pilihan Anda dan mengukur jumlah pembaca setiap artikel. Anda dapat mengubah pilihan tersebut kapan saja melalui pengaturan peramban, atau mengirim pertanyaan kepada redaksi melalui surat elektronik.',
    news: 'Pengadilan Negeri Jakarta Pusat kemarin menyidangkan gugatan pelanggaran hak cipta yang diajukan seorang fotografer terhadap sebuah perusahaan media. Para ahli menyebut banyak situs mengumpulkan cookie dan data pribadi pengguna tanpa izin.',
  },
  {
    lang: 'ar',
    fires: [
      ['جميع الحقوق محفوظة لصحيفة الوادي 2026', 'جميع الحقوق محفوظة'],
      ['يستخدم هذا الموقع ملفات تعريف الارتباط', 'يستخدم هذا الموقع ملفات تعريف الارتباط'],
      ['المقالات المنشورة لا تعبر بالضرورة عن رأي الموقع', 'لا تعبر بالضرورة عن'],
      ['سياسة الخصوصية | شروط الاستخدام', 'سياسة الخصوصية'],
    ],
    silent: [
      'نظرت المحكمة في دعوى بتهمة انتهاك حقوق النشر.',
      'تجمع مواقع كثيرة ملفات تعريف الارتباط دون موافقة المستخدمين.',
      'وقع الطرفان على الشروط والأحكام الخاصة بالصفقة.',
    ],
    notice:
      'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة القراءة وقياس عدد زوار المقالات. باستمرارك في استخدام الموقع فإنك توافق على استخدام ملفات تعريف الارتباط وفقا لسياسة الخصوصية الخاصة بنا والتي يمكنك الاطلاع عليها في أي وقت.',
    single:
      'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة القراءة وقياس عدد زوار المقالات. ويمكنك تغيير إعداداتك في أي وقت من قائمة المتصفح، كما يمكنك مراسلة هيئة التحرير عبر البريد الإلكتروني لطرح أسئلتك.',
    news: 'نظرت محكمة في القاهرة أمس في دعوى رفعها مصور ضد شركة إعلامية بتهمة انتهاك حقوق النشر. ويقول خبراء إن كثيرا من المواقع تجمع ملفات تعريف الارتباط والبيانات الشخصية للمستخدمين دون موافقتهم، وإن الهيئة تعد قواعد جديدة.',
  },
];

/** A page of plain text: a neutral title line, then the paragraph under test. */
function siftParagraph(paragraph: string): { report: Report; segment: Segment } {
  const report = sifter.sift({ text: `Seite\n${paragraph}` });
  const segment = report.segments.find((s) => s.text === paragraph) ?? report.segments.find((s) => s.text.includes(paragraph.slice(0, 40)));
  if (segment === undefined) throw new Error(`no segment holds «${paragraph.slice(0, 40)}»: ${report.segments.map((s) => s.text.slice(0, 40)).join(' / ')}`);
  return { report, segment };
}
const rulesOf = (segment: Segment): string[] => segment.hits.map((h) => h.rule);

describe('legal lexicons per language', () => {
  for (const table of TABLES) {
    describe(table.lang, () => {
      it('has a loaded list in the legal category', () => {
        expect(lexicons.some((l) => l.lang === table.lang && l.category === 'legal' && l.label === 'navigation')).toBe(true);
      });
      it.each(table.fires)('fires on %s', (text, term) => {
        const hits = legalHits(text);
        expect(hits.map((h) => h.term), shown(hits)).toContain(term);
      });
      it.each([...table.silent, table.news])('stays silent on %s', (text) => {
        const hits = legalHits(text);
        expect(hits, shown(hits)).toEqual([]);
      });
      it('the paragraphs are long enough for nav.legal-notice (150+ characters)', () => {
        for (const text of [table.notice, table.single, table.news]) expect(nonSpace(text), text).toBeGreaterThanOrEqual(150);
      });
      it('a notice with two or more phrases becomes navigation with nav.legal-notice', () => {
        expect(distinct(legalHits(table.notice)), shown(legalHits(table.notice))).toBeGreaterThanOrEqual(2);
        const { segment } = siftParagraph(table.notice);
        expect(rulesOf(segment)).toContain('nav.legal-notice');
        expect(segment.label).toBe('navigation');
      });
      it('the same notice with one phrase stays body', () => {
        expect(distinct(legalHits(table.single)), shown(legalHits(table.single))).toBe(1);
        const { segment } = siftParagraph(table.single);
        expect(rulesOf(segment)).not.toContain('nav.legal-notice');
        expect(segment.label, rulesOf(segment).join(' ')).toBe('body');
      });
      it('a news paragraph on copyright, privacy or cookies stays body', () => {
        const { segment } = siftParagraph(table.news);
        expect(rulesOf(segment)).not.toContain('nav.legal-notice');
        expect(segment.label, rulesOf(segment).join(' ')).toBe('body');
      });
    });
  }
});

describe('the German cookie banner of session 37\'s brief', () => {
  // "Cookies helfen uns bei der Bereitstellung unserer Inhalte und Dienste. Durch die weitere Nutzung
  // der Webseite stimmen Sie der Verwendung von Cookies zu." holds three phrases; at 130 non-space
  // characters it is below nav.legal-notice's floor of 150, so alone it stays with the text around it
  // (as an English credit line does), and with the banner's buttons or link text in the same block
  // the rule fires.
  const BANNER = 'Cookies helfen uns bei der Bereitstellung unserer Inhalte und Dienste. Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.';
  it('holds three distinct legal phrases', () => {
    expect(distinct(legalHits(BANNER)), shown(legalHits(BANNER))).toBe(3);
  });
  it('becomes navigation with its link text in the same block', () => {
    const { segment } = siftParagraph(`${BANNER} Weitere Informationen finden Sie in unserer Datenschutzerklärung.`);
    expect(rulesOf(segment)).toContain('nav.legal-notice');
    expect(segment.label).toBe('navigation');
  });
});

describe('the other languages\' legal lists on English text', () => {
  // the lists of this file's languages alone: English text must not hit them (the training folds
  // are English; a term that is also English would change English pages)
  const othersHits = listHitsOf('legal', new Set(TABLES.map((t) => t.lang)));
  it.each([
    'This website uses cookies; by continuing to browse you agree to our privacy policy.',
    'All rights reserved. May not be reproduced without prior written permission.',
    'As an Amazon Associate we earn from qualifying purchases; affiliate links cost you nothing extra.',
    'The court ruled on the copyright case and on the use of cookies by news sites in Berlin and Madrid.',
  ])('%s', (text) => {
    const hits = othersHits(text);
    expect(hits, shown(hits)).toEqual([]);
  });
});
