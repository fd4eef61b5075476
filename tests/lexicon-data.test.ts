/**
 * The shipped lexicons (data/lexicons/**), tested like ESLint rules: per category, a table of inputs
 * that MUST fire and a table of clean inputs that MUST stay silent. The clean sentences are written
 * for this test (no third-party text). When a clean sentence fires, fix the lexicon, not the table.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLexiconMatcher, isSpamPhrase, type LexiconHit } from '../src/lexicon/matcher.js';
import { LexiconError, parseLexicon, type LexiconLabel } from '../src/lexicon/parse.js';
import { hitsOf, LEXICON_DIR, lexicons, matcher, normalize } from './helpers/shipped-lexicons.js';

function describeHits(hits: readonly LexiconHit[]): string {
  return hits.map((h) => `${h.category}:${h.term}`).join(', ') || '(none)';
}

async function lexiconFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const lang of (await readdir(LEXICON_DIR, { withFileTypes: true })).filter((d) => d.isDirectory())) {
    for (const file of await readdir(join(LEXICON_DIR, lang.name))) {
      if (file.endsWith('.txt')) files.push(join(LEXICON_DIR, lang.name, file));
    }
  }
  return files.sort();
}

interface CategoryTable {
  category: string;
  /** Inputs that must produce at least one hit of `category` (optionally of this exact normalised term). */
  fires: (string | { text: string; term: string })[];
  /**
   * Clean inputs that must stay silent: for spam categories no spam hit of any category at all,
   * for the others no hit of `category`.
   */
  silent: string[];
}

const TABLES: CategoryTable[] = [
  {
    category: 'porn',
    fires: [
      { text: '国产精品一区二区在线观看', term: '国产精品' },
      { text: '國產精品', term: '国产精品' },
      { text: '一區二區三區', term: '一区二区' },
      { text: '精品國產亂碼', term: '精品国产' },
      { text: '久久精品视频', term: '久久精品' },
      { text: '久久久久免费看', term: '久久久' },
      { text: '無碼高清', term: '无码' },
      { text: '丰满人妻系列', term: '人妻' },
      { text: '熟女人妻', term: '熟女' },
      { text: '亚洲精品专区', term: '亚洲精品' },
      { text: '欧美日韩精品一区', term: '欧美日韩精品' },
      { text: '日韩精品', term: '日韩精品' },
      { text: '麻豆傳媒出品', term: '麻豆传媒' },
      { text: '四虎影视', term: '四虎' },
      { text: '伊人久久综合网', term: '伊人久久' },
      { text: '黃色片免费', term: '黄色片' },
      { text: '一级特黄大片', term: '一级特黄' },
      { text: '美国毛片', term: '毛片' },
      { text: '午夜福利在线', term: '午夜福利' },
      { text: '成人影院', term: '成人影院' },
      { text: '国产ＡＶ在线', term: '国产av' },
      { text: 'AV在線觀看', term: 'av在线' },
      { text: '色婷婷综合', term: '色婷婷' },
      { text: '色色网', term: '色色' },
      { text: '色五月五月天', term: '色五月' },
      { text: '青青草视频', term: '青青草' },
      { text: '日本一卡2卡3卡', term: '一卡2卡' },
      { text: '91视频在线', term: '91视频' },
      { text: '91天堂原创', term: '91天堂' },
      { text: '超碰人人', term: '超碰' },
    ],
    silent: [
      '形形色色的人在街头匆匆走过。',
      '画面采用红色色调，黄色色素含量偏高。',
      '改革开放以来当地经济取得了巨大发展。',
      '今年成人教育招生工作正式启动。',
      '平台推出成人在线教育课程，方便在职人员学习。',
      '亚洲杯小组赛今晚开赛，国足首战对阵卡塔尔。',
      '听到这个消息，他久久不能平静。',
      '那段往事让人久久不能忘怀。',
      '公司产品远销欧美日韩等国家和地区。',
      '当事人妻子表示将全力配合警方调查。',
      '成熟女性消费群体的规模持续扩大。',
      '该品牌主打真诚无套路的服务。',
      '金色五月，千亩花海迎来大批游客。',
      '动画片里的小羊们生活在青青草原上。',
      '台南市麻豆区举办文旦节活动。',
      '那是天堂般的夏天，我们在海边度过了九十一天。',
      '午夜时分，城市依然灯火通明。',
      '歌手王婷婷在比赛中获得冠军。',
      '五月天乐队将在体育场举行演唱会。',
      '近年来国产精品剧不断涌现，口碑持续走高。',
      '学校上线一批精品视频公开课。',
      '工地上人人干劲十足。',
      '这部电影昨天举行了看片会。',
      '我们在东京热门景点排队两个小时。',
      '该小岛无码头可供船只停靠。',
      '城市规划将新区划分为一级片区和二级片区。',
      '项目将建设一座特色综合体。',
      '学习Java在线教程，还能看Avatar影评。',
      // Cross-word traps: the term spans the end of one word and the start of the next.
      '十字路口交通拥堵，出口交货值增长。',
      '不少妇女参加了技能培训。',
      '年轻人个性爱好广泛，这就叫做爱国情怀。',
      '微信社群交流十分活跃。',
      '节目将尽快播出。',
      '曹操逼近赤壁，一时引发骚乱。',
      '这片最大香蕉产区今年丰收。',
      '东京热闹的街头挤满了游客。',
      '这是一本道德经的注释本。',
      '众口交传，人人称道。',
      '他聊以自慰，说总算尽力了。',
      '红色先锋队伍走在前列，场面热烈。',
      '狂风暴雨中，船只驶向港口交接货物。',
    ],
  },
  {
    category: 'gambling',
    fires: [
      { text: '彩神争霸', term: '彩神' },
      { text: '重慶時時彩計劃', term: '时时彩' },
      { text: '江苏快三开奖', term: '快三' },
      { text: '北京ＰＫ１０', term: 'pk10' },
      { text: 'PK10计划', term: 'pk10' },
      { text: '澳門新葡京', term: '新葡京' },
      { text: '百家樂平台', term: '百家乐' },
      { text: '某某娱乐城', term: '娱乐城' },
      { text: '某某网上娱乐城', term: '娱乐城' },
      { text: '一肖一码', term: '一肖一码' },
      { text: '摇钱树四肖八码期期三码必中', term: '四肖八码' },
      { text: '摇钱树四肖八码期期三码必中', term: '三码必中' },
      { text: '注册送彩金', term: '注册送' },
      { text: '真人娱乐荷官', term: '真人娱乐' },
      { text: '老虎機', term: '老虎机' },
      { text: '幸运飞艇', term: '幸运飞艇' },
      { text: '大发快三', term: '大发快三' },
      { text: 'beat365中文官方网站', term: 'beat365' },
      { text: 'jinnianhui今年会2026年招生办法', term: 'jinnianhui' },
      { text: '乐竞首页博士生培养基金实施细则', term: '乐竞' },
      { text: 'The latter 온라인카지노 was a decline', term: '온라인카지노' },
      { text: '안전한 토토사이트 추천', term: '토토사이트' },
      { text: '3分彩代理招募中', term: '分彩代理' },
      { text: '最新六合彩图库大全', term: '六合彩图库' },
    ],
    silent: [
      '福利彩票中心发布公告，本期双色球开出一注头奖。',
      '体育彩票销售额同比增长。',
      '市民可到银行网点办理开户业务。',
      '证券开户数连续三个月回升。',
      '公司大股东套现离场引发市场关注。',
      '要加快三峡库区的生态建设。',
      '我们要加快三个转变，推动高质量发展。',
      '色彩神奇的极光出现在北方夜空。',
      '他听到消息后大发雷霆。',
      '加拿大28日宣布新的移民政策。',
      '北京赛车场将举办周末赛事。',
      '金店推出黄金、铂金和彩金首饰。',
      '中国队在亚博会上展示了最新成果。',
      '很快三个月过去了。',
      '十二生肖里的龙和蛇各占一码尺寸的展位。',
      '网友可以上网投票选出最喜爱的节目。',
      '演讲稿里的精彩金句被广泛转发。',
      '清洗码头上的油污花了三天。',
      '文化娱乐城市建设稳步推进。',
      // an integrated resort (Singapore's, Macau's) is a venue, not a casino brand
      '濱海灣金沙綜合娛樂城也隨之熱鬧啟動。',
      // 今年会 is "this year will"; 乐竞 inside 快乐竞赛 is no token
      '今年会有更多毕业生选择继续深造。',
      '学校举办了快乐竞赛活动。',
      // Korean casino and lottery news: 카지노, 토토 and 바카라 alone are not listed
      '강원랜드 카지노 매출이 늘었다.',
      '스포츠토토 발매가 시작됐다.',
      // 分彩代理 is the N-minute lottery's agent, not a lottery outlet or a rehearsal
      '福利彩票代理销售点正在招募。',
      '这台晚会充分彩排了三遍。',
    ],
  },
  {
    category: 'explicit',
    fires: [
      { text: 'horny sluts', term: 'sluts' },
      { text: 'gangbang videos', term: 'gangbang' },
      { text: '無修正の動画', term: normalize('無修正') },
      { text: '熟女の動画', term: normalize('熟女') },
      { text: 'download video bokep terbaru', term: 'bokep' },
      { text: 'kumpulan cerita sex dewasa', term: 'cerita sex' },
      { text: 'truyen sex hay nhat', term: 'truyen sex' },
      { text: 'Tuyển tập truyện sex', term: 'truyện sex' },
    ],
    silent: [
      'What the fuck is this fucking mess?',
      'She graduated magna cum laude.',
      'A naked mole rat in the zoo.',
      'Anal cancer screening saves lives.',
      '成熟女性消费群体的规模持续扩大。',
      '成熟女性向けのファッション。',
      '市场杂乱交错。',
      'エロ画像まとめ',
      'Polisi menggerebek arena sabung ayam dan menyita video mesum.',
      'Anak-anak berjalan telanjang kaki di pantai.',
      'Áo sơ mi nữ khoe dáng, gái xinh xuống phố.',
      'Hướng dẫn sử dụng phần mềm trình chiếu.',
    ],
  },
  {
    category: 'dating',
    fires: [
      { text: '出会い系サイトで探す', term: normalize('出会い系') },
      { text: 'セフレの作り方', term: normalize('セフレ') },
    ],
    silent: ['婚活パーティーで出会いがあった。', 'マッチングアプリの利用者が増えた。', '副業としてライブチャットが人気です。', 'サクラが満開です。'],
  },
  {
    category: 'loan',
    fires: [
      { text: 'カード現金化の業者', term: normalize('カード現金化') },
      { text: '即日融資OK', term: normalize('即日融資') },
    ],
    silent: ['銀行のキャッシングを利用した。', '消費者金融の金利が下がった。', '借金を返済した。'],
  },
  {
    category: 'fraud',
    fires: [
      { text: '代开发票，联系电话', term: '代开发票' },
      { text: '办证刻章', term: '办证刻章' },
      { text: '花唄套現秒到', term: '花呗套现' },
      { text: '黑户贷款，无视征信', term: '无视征信' },
    ],
    silent: [
      '纳税人可以向税务机关代开发票。',
      '政务服务中心办证大厅延长服务时间。',
      '新规要求刻章备案全程网上办理。',
      '监管部门加强对网贷平台的整治。',
    ],
  },
  {
    category: 'pharma',
    fires: [
      { text: '印度神油', term: '印度神油' },
      { text: '听话水迷药', term: '听话水' },
    ],
    silent: ['医生提醒，处方药须遵医嘱服用。', '雄伟哥特式建筑吸引了游客。', '长春药业公司发布年报。', '八十年代孕妇很少做产检。'],
  },
  {
    category: 'counterfeit',
    fires: [
      { text: '高仿手表', term: '高仿手表' },
      { text: '精仿名包', term: '精仿' },
      { text: 'スーパーコピー時計', term: 'スーパーコピー' },
      { text: 'ブランドコピー財布', term: 'ブランドコピー' },
      { text: 'ロレックスコピー', term: normalize('ロレックスコピー') },
      { text: 'N級品', term: normalize('n級品') },
      { text: 'Cheap replica watches for sale', term: 'replica watches' },
    ],
    silent: [
      '这款游戏推出复刻版，受到老玩家欢迎。',
      '他已经从原单位调走了。',
      '博物馆按一比一还原了古船。',
      '工程师制作了高仿真模型。',
      'コピー機の紙が切れた。',
      'The museum built a replica of the ship.',
      'He works for a news outlet in Ohio.',
    ],
  },
  {
    category: 'link-farm',
    fires: [
      { text: '主站蜘蛛池模板：', term: '主站蜘蛛池模板' },
      { text: '蜘蛛池出租', term: '蜘蛛池' },
      { text: '站群', term: '站群' },
      { text: '黑帽SEO', term: '黑帽seo' },
    ],
    silent: ['本文介绍搜索引擎的robots协议与百度蜘蛛的抓取方式。', '推进政府网站群集约化建设。'],
  },
  {
    category: 'navigation',
    fires: [
      { text: '首页 > 新闻 > 正文', term: '首页' },
      { text: '上一篇：', term: '上一篇' },
      { text: '返回頂部', term: '返回顶部' },
      { text: '京ICP备12345678号', term: 'icp备' },
      { text: '更多＞＞', term: '更多>>' },
      { text: '責任編輯：张三', term: '责任编辑' },
      { text: '版權所有', term: '版权所有' },
      { text: '上一页 1 2 3 下一页', term: '下一页' },
      { text: '下一篇：特斯拉发布新车', term: '下一篇' },
      { text: '【字号 大 中 小】', term: '字号' },
      { text: '分享到：微信 微博', term: '分享到' },
      { text: '展开全文', term: '展开全文' },
      { text: '收藏此帖 回复此帖 引用此帖', term: '收藏此帖' },
      { text: '[点击此处收藏本文]', term: '收藏本文' },
      { text: '放大字体 缩小字体 收藏 分享', term: '放大字体' },
      { text: '小字号', term: '小字号' },
      { text: '热门评论', term: '热门评论' },
      { text: '主题已经关闭，停止回复。', term: '主题已经关闭' },
      { text: '在线用户:320 当值版主:小溪', term: '当值版主' },
      { text: '相关阅读', term: '相关阅读' },
      { text: '当前位置：', term: '当前位置' },
      { text: 'Copyright © 2024. All Rights Reserved.', term: 'all rights reserved' },
      { text: 'Skip to main content', term: 'skip to main content' },
      { text: 'Privacy Policy | Terms of Use', term: 'privacy policy' },
      { text: 'Related Articles', term: 'related articles' },
      { text: '関連記事', term: normalize('関連記事') },
      { text: 'ページの先頭へ', term: normalize('ページの先頭へ') },
    ],
    silent: [
      '中华老字号企业推出新品。',
      '国字号球队今晚出战。',
      '请在留言板留下一条信息。',
      '演出只剩下一张票了。',
      '我愿意把这份喜悦分享至今。',
      '警方已对此事展开全面调查。',
      '他没有回复此事，也没有收藏任何证据。',
      '会议的主题已经确定为城市更新。',
      '网友对这篇文章的评论很热烈。',
      '有一天，我读到关于我们双方父母的那一段。',
      '作品的版权所有者保留权利。',
      'Homework and homeland security.',
      '次から次へと問題が起きた。',
      '一歩前へ進む。',
    ],
  },
  {
    category: 'legal',
    fires: [
      { text: '本文著作权归原作者所有，未经授权不得转载，违者必究。', term: '未经授权' },
      { text: '本文仅代表作者本人观点，不代表本站观点。', term: '不代表本站观点' },
      { text: '如有侵權，請與本站聯繫。', term: '如有侵权' },
      { text: '本站不承担任何法律责任。', term: '本站不承担' },
      { text: 'This material may not be reproduced without prior written permission.', term: 'may not be reproduced' },
      { text: 'The views expressed do not necessarily reflect those of this site.', term: 'do not necessarily reflect' },
    ],
    silent: [
      '法院认定被告侵犯了原告的著作权，判令其承担法律责任。',
      '这家公司获得了专利授权，准备扩大生产。',
      '作者认为这一观点值得商榷。',
      '双方就转载费用达成了协议。',
      'The court ruled that the copyright had been infringed and awarded damages.',
      'She said the policy does not reflect the views of most voters.',
    ],
  },
  {
    category: 'byline',
    fires: [
      { text: '發布時間：2024-06-05', term: '发布时间' },
      { text: '来源：新华社', term: '来源:' },
      { text: '作者：李四', term: '作者:' },
      { text: '本报记者 王五', term: '本报记者' },
      { text: '编辑：赵六', term: '编辑:' },
      { text: '记者 王五 报道', term: '记者' },
      { text: '通讯员 李四', term: '通讯员' },
      { text: '5/12(日) 10:21配信', term: '配信' },
      { text: '公開日：2024/05/12', term: normalize('公開日') },
      { text: '山田太郎 記者', term: normalize('記者') },
      // other languages (session 36): the byline word as English lists "by", or a field with its colon
      { text: 'Von Anna Berg · 14.10.2026, 16:45 Uhr', term: 'von' },
      { text: 'Zuletzt aktualisiert am 14.10.2026', term: 'zuletzt aktualisiert' },
      { text: 'Par Claire Martin, publié le 14 octobre 2026', term: 'par' },
      { text: 'Mis à jour le 14 octobre 2026', term: 'mis à jour le' },
      { text: 'Por Lucía Herrera, 5 de noviembre de 2026', term: 'por' },
      { text: 'Publicado em 16 de outubro de 2026', term: 'publicado em' },
      { text: 'A cura di Giulia Conti, 14 ottobre 2026', term: 'a cura di' },
      { text: 'Gepubliceerd op 3 maart 2026', term: 'gepubliceerd op' },
      { text: 'Автор: Иван Петров, 12 ноября 2026', term: 'автор' },
      { text: 'Muhabir: Elif Yıldırım', term: 'muhabir:' },
      { text: 'Yayınlanma: 22.10.2026 - 09:45', term: 'yayınlanma:' },
      { text: 'Penulis Dimas Pratama', term: 'penulis' },
      { text: 'Tác giả: Hoàng Anh', term: 'tác giả' },
      { text: 'بقلم سامر الخطيب', term: 'بقلم' },
      { text: 'نشر في: 12 نوفمبر 2026', term: 'نشر في' },
    ],
    silent: [
      '基因编辑技术取得突破。',
      '农民的收入来源更加多样。',
      '作者认为这一观点值得商榷。',
      '責任編輯：张三',
      '今日电视节目单已更新。',
      '登记者须携带身份证。',
      '欢迎读者提供稿件。',
      '首相は12日に記者会見を開いた。',
      '動画配信サービスの利用者が増えている。',
      '世界記録を更新した。',
      // the ordinary words the other languages' lists leave out, and words that hold a term
      'Il consiglio di amministrazione si riunisce il 14 ottobre 2026.',
      'Die Stadt vom Fluss aus gesehen',
      'Vonnegut wrote it in 1969.',
      'Le comparatif des prix du 14 octobre 2026',
      'Авторы исследования и авторское право, соавторство',
      'Son dakika haber: deprem',
      'Open door day, 5 June 2024',
      'Pelaku ditangkap oleh polisi pada 18 November 2026',
      'Theo các chuyên gia, giá sẽ tăng',
      'ارتفعت أسعار الورق وتكاليف النشر',
    ],
  },
  {
    category: 'reporting',
    fires: [
      { text: '警方昨日破获一宗网上赌博案', term: '警方' },
      { text: '警方昨日破获一宗网上赌博案', term: '破获' },
      { text: '法院判決經營者入獄', term: '判决' },
      { text: '澳门五月赌收按年上升', term: '赌收' },
      { text: '偽ブランド品を販売した容疑者を逮捕', term: normalize('容疑者') },
      { text: 'Police arrested two men over an illegal casino', term: 'police' },
      { text: 'Common side effects include headache', term: 'side effects' },
      { text: 'Polda Jateng menangkap 75 tersangka judi online', term: 'tersangka' },
      { text: 'Komdigi memblokir 711.518 konten judi online', term: 'komdigi' },
      { text: 'Situs itu sudah diblokir oleh pemerintah', term: 'diblokir' },
      { text: 'Puluhan situs pemerintah diretas untuk promosi slot', term: 'diretas' },
      { text: 'Công an triệt phá đường dây cá độ bóng đá', term: 'triệt phá' },
      { text: 'Cơ quan điều tra đã khởi tố 45 bị can', term: 'khởi tố' },
      { text: 'La Guardia di Finanza ha denunciato 142 persone', term: 'guardia di finanza' },
      { text: "Serve la ricetta medica per l'acquisto", term: 'ricetta medica' },
      { text: 'コピー品は税関で没収されます', term: normalize('没収') },
    ],
    silent: [
      '澳门新葡京官方网站，正规平台，注册送彩金',
      '合法博彩，安全可靠，立即开户',
      '安全なオンラインカジノで入金不要ボーナスを受け取る',
      'Licensed online casino: a safe and trusted welcome bonus',
      'Read our casino news and reviews',
      'Situs slot resmi terpercaya, link alternatif tidak diblokir',
      'Agen slot aman dengan link anti diblokir',
      'Daftar slot gacor hari ini, situs terpercaya',
      'Nhà cái uy tín, hợp pháp và an toàn',
      'Casino non AAMS sicuro con licenza ADM',
      'Cialis generico senza ricetta medica',
    ],
  },
  {
    category: 'gambling',
    fires: [
      { text: 'Nhà cái uy tín', term: 'nhà cái' },
      { text: 'soi cầu miễn phí', term: 'soi cầu' },
      { text: 'Situs judi online terpercaya', term: 'judi online' },
      { text: 'slot gacor hari ini', term: 'slot gacor' },
      { text: 'Best online casino bonus', term: 'online casino' },
      { text: '入金不要ボーナスでフリースピンを獲得', term: normalize('入金不要ボーナス') },
      { text: 'Wagering requirements apply to free spins', term: 'wagering requirements' },
      { text: 'I migliori casino non AAMS del 2025', term: 'casino non aams' },
      { text: 'Daftar di situs slot resmi', term: 'situs slot' },
      { text: 'Agen Bola Liga Spanyol terpercaya', term: 'agen bola' },
      { text: 'Main Capsa Susun online', term: 'capsa susun' },
    ],
    silent: [
      'Kết quả xổ số miền Bắc hôm nay.',
      'Chính phủ đưa ra một số đề xuất mới.',
      'Burung gacor itu menang lomba.',
      'Polisi membubarkan sabung ayam di desa itu.',
      'Prediksi skor laga Persib melawan Persija.',
      'A Las Vegas casino reopened on Monday.',
      'カジノを含む統合型リゾートの整備計画',
      'パチスロの新台入替は明日です',
    ],
  },
  {
    category: 'search-capture',
    fires: [
      { text: "Search results for ''nama bayi islami''", term: "search results for ''" },
      { text: 'Hasil pencarian dengan kata kunci "harga ban motor"', term: 'hasil pencarian dengan kata kunci' },
    ],
    silent: ['Search results for leather boots', 'Kalau dilihat hasil pencarian di Google, lagu ini populer.', 'Masukkan kata kunci pada kotak pencarian.'],
  },
  {
    category: 'search-terms',
    fires: [{ text: 'Incoming search terms: - tranh go trung quoc', term: 'incoming search terms' }],
    silent: ['Check which search terms bring visitors to your site.', 'Popular searches: boots, sandals'],
  },
  {
    category: 'spun',
    fires: [
      { text: '珍珠棉設置裝備部署的生產線', term: '设置装备部署' },
      { text: '缘故原由一:学会投资现货白银', term: '缘故原由' },
      { text: '在Nginx中可以或许经由过程旌旗灯号节制历程', term: '可以或许' },
      { text: '在效劳器上修改配置文件', term: '效劳器' },
    ],
    silent: ['珍珠棉设备的生产线', '原因一：学会投资', '皮影戏是一种民间艺术。', '明年将举行比赛。', '你可以,或许也应该试试。', '服务器的构造函数与信号处理方式', '军事装备部署在边境'],
  },
  {
    category: 'pharma',
    fires: [
      { text: 'Buy Viagra online', term: 'viagra' },
      { text: 'cialis rezeptfrei', term: 'cialis' },
      { text: 'Clomid', term: 'clomid' },
      { text: 'フィンペシアを個人輸入で購入', term: normalize('フィンペシア') },
    ],
    silent: ['The study looked at treatments for erectile dysfunction.', 'AGA治療薬は医師の処方が必要です。'],
  },
  {
    category: 'porn',
    fires: [{ text: 'free porn videos', term: 'porn' }],
    silent: ['New pornography laws take effect.', 'Super Bowl XXX was played in Arizona.'],
  },
  {
    category: 'fraud',
    fires: [{ text: 'Payday loans with no credit check', term: 'payday loans' }],
    silent: ['The bank offers personal loans to students.'],
  },
];

function isSpamCategory(category: string): boolean {
  return matcher.categories.get(category) === 'spam';
}

describe('lexicon tables', () => {
  for (const table of TABLES) {
    describe(table.category, () => {
      it('is a loaded category', () => {
        expect(matcher.categories.has(table.category)).toBe(true);
      });
      it.each(table.fires.map((c) => (typeof c === 'string' ? { text: c, term: undefined } : c)))(
        'fires on $text',
        ({ text, term }) => {
          const hits = hitsOf(text).filter((h) => h.category === table.category);
          expect(hits.length, describeHits(hitsOf(text))).toBeGreaterThan(0);
          if (term !== undefined) expect(hits.map((h) => h.term)).toContain(term);
        },
      );
      it.each(table.silent)('stays silent on %s', (text) => {
        // a spam table's silent text holds no spam evidence: no hit of its own list, and no hit of
        // a list whose single hits are evidence (a segment-evidence list's word is no evidence alone)
        const hits = hitsOf(text).filter((h) =>
          isSpamCategory(table.category) ? h.category === table.category || isSpamPhrase(h) : h.category === table.category,
        );
        expect(hits, describeHits(hits)).toEqual([]);
      });
    });
  }
});

describe('weak terms', () => {
  // Terms that clean pages also use: they may add to a spam score but never count as a full hit.
  const WEAK: [string, string][] = [
    ['porn', '中文字幕'],
    ['porn', '在线观看'],
    ['porn', '在线播放'],
    ['porn', '成人网站'],
    ['gambling', '开奖结果'],
    ['gambling', '六合彩'],
    ['gambling', '博彩'],
    ['gambling', '北京赛车'],
    ['fraud', '代开发票'],
    ['counterfeit', '激安'],
    ['counterfeit', normalize('代引き')],
  ];
  it.each(WEAK)('%s term %s has weight below 1', (category, term) => {
    const hits = hitsOf(term).filter((h) => h.category === category && h.term === term);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.weight).toBeLessThan(1);
  });

  it('film news with subtitles is at most a weak porn signal', () => {
    const hits = hitsOf('影片将配中文字幕在全国上映。').filter((h) => h.label === 'spam');
    expect(hits.reduce((sum, h) => sum + h.weight, 0)).toBeLessThan(1);
  });
});

describe('canary', () => {
  const CANARY = 'PAGESIFT-SPAM-CANARY-7Q4V-TEST-STRING';
  it('has exactly one term', () => {
    const canaries = lexicons.filter((l) => l.category === 'canary');
    expect(canaries).toHaveLength(1);
    expect(canaries[0]!.label).toBe('spam');
    expect(canaries[0]!.terms.map((t) => t.term)).toEqual([CANARY]);
  });
  const fullWidth = (text: string): string =>
    text.replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  it.each([CANARY, `正文${CANARY}正文`, `text ${CANARY.toLowerCase()} text`, fullWidth(CANARY)])(
    'fires on %s',
    (text) => {
      expect(hitsOf(text).some((h) => h.category === 'canary' && h.label === 'spam')).toBe(true);
    },
  );
  it('respects word boundaries', () => {
    expect(hitsOf(`X${CANARY}`).some((h) => h.category === 'canary')).toBe(false);
  });
});

describe('lexicon files', () => {
  it('every file declares a description and a label, and says what must not be listed', async () => {
    const files = await lexiconFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const name = relative(LEXICON_DIR, file);
      expect(text, name).toMatch(/^#\s*description\s*:\s*\S/m);
      expect(text, name).toMatch(/^#\s*label\s*:\s*(spam|navigation|body)\s*$/m);
      expect(text, name).toMatch(/^#.*\b(must not|never)\b/im);
    }
  });

  it('no term appears twice within one category (after normalisation)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const lexicon of lexicons) {
      for (const entry of lexicon.terms) {
        const key = `${lexicon.category}\u0000${normalize(entry.term)}`;
        const where = `${lexicon.source}:${entry.line}`;
        const first = seen.get(key);
        if (first !== undefined) duplicates.push(`${entry.term} (${first} and ${where})`);
        else seen.set(key, where);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('uses the same label for a category in every language', () => {
    const labels = new Map<string, LexiconLabel>();
    for (const lexicon of lexicons) {
      const known = labels.get(lexicon.category);
      if (known !== undefined) expect(lexicon.label, lexicon.source).toBe(known);
      labels.set(lexicon.category, lexicon.label);
    }
  });

  it('writes Chinese terms in Simplified script and every term in lower case', () => {
    const unnormalised: string[] = [];
    for (const lexicon of lexicons) {
      if (lexicon.category === 'canary' || lexicon.lang === 'ja') continue;
      for (const entry of lexicon.terms) {
        if (normalize(entry.term) !== entry.term) unnormalised.push(`${lexicon.source}:${entry.line} ${entry.term}`);
      }
    }
    expect(unnormalised).toEqual([]);
  });
});

describe('parseLexicon', () => {
  const HEADER = '# description: test list\n# label: spam\n';

  function parseError(text: string): LexiconError {
    try {
      parseLexicon(text, 'zh/test.txt', 'zh', 'test');
    } catch (error) {
      expect(error).toBeInstanceOf(LexiconError);
      return error as LexiconError;
    }
    throw new Error('expected a LexiconError');
  }

  it('parses terms with spaces, allow phrases, boundaries and weights', () => {
    const lexicon = parseLexicon(`${HEADER}# category: demo\nread more\n色色 !形形色色 @token *0.5\n`, 'en/x.txt', 'en', 'x');
    expect(lexicon).toMatchObject({ category: 'demo', label: 'spam', description: 'test list', lang: 'en' });
    expect(lexicon.terms).toEqual([
      { term: 'read more', allow: [], boundary: 'auto', weight: 1, line: 4 },
      { term: '色色', allow: ['形形色色'], boundary: 'token', weight: 0.5, line: 5 },
    ]);
  });

  it('reads the evidence header: phrase by default, segment when asked, an error otherwise', () => {
    expect(parseLexicon(`${HEADER}term\n`, 'zh/test.txt', 'zh', 'test').evidence).toBe('phrase');
    expect(parseLexicon(`${HEADER}# evidence: segment\nterm\n`, 'zh/test.txt', 'zh', 'test').evidence).toBe('segment');
    expect(parseError(`${HEADER}# evidence: page\nterm\n`).message).toMatch(/evidence.*page/);
  });

  it('hits of a segment-evidence list mark no phrase; hits of a phrase list do', () => {
    const lists = [
      parseLexicon(`${HEADER}# category: words\n# evidence: segment\nalpha\n`, 'en/words.txt', 'en', 'words'),
      parseLexicon(`${HEADER}# category: phrases\nbeta\n`, 'en/phrases.txt', 'en', 'phrases'),
    ];
    const hits = createLexiconMatcher(lists, (t) => t).match('alpha beta', new Uint8Array(11));
    expect(hits.map((h) => [h.term, h.marksPhrase])).toEqual([
      ['alpha', false],
      ['beta', true],
    ]);
  });

  it('defaults the category to the file name', () => {
    expect(parseLexicon(`${HEADER}term\n`, 'zh/test.txt', 'zh', 'test').category).toBe('test');
  });

  it.each([
    ['missing description', '# label: spam\nterm\n'],
    ['missing label', '# description: x\nterm\n'],
    ['unknown label', '# description: x\n# label: ham\nterm\n'],
  ])('rejects a file with a %s header, naming the file and line', (_name, text) => {
    const error = parseError(text);
    expect(error.file).toBe('zh/test.txt');
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/^zh\/test\.txt:1: /);
  });

  it('rejects a bad category header', () => {
    expect(parseError(`${HEADER}# category: Porn Sites\nterm\n`).message).toMatch(/bad category/);
  });

  it('rejects an unknown @mode with its line', () => {
    const error = parseError(`${HEADER}ok\nterm @words\n`);
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^zh\/test\.txt:4: unknown boundary "@words"/);
  });

  it('rejects an allow phrase that does not contain the term', () => {
    const error = parseError(`${HEADER}色色 !形形色\n`);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/does not contain the term "色色"/);
  });

  it.each(['*0', '*-1', '*abc', '*101', '*'])('rejects the bad weight %s', (weight) => {
    const error = parseError(`${HEADER}term ${weight}\n`);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/bad weight/);
  });
});
