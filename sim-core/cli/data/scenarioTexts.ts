/** Names and one-paragraph descriptions of the built-in scenarios, in English, Chinese and Russian. */
import type { Names } from './scenarioBuilder.ts';

export const TEXTS: Record<string, { name: Names; description: Names }> = {
  'baseline-2025': {
    name: ['Baseline 2025', '2025年基准', 'База 2025 года'],
    description: [
      "Qingdao's SCO corridors as they ran in 2025: the SCO Express and China–Europe trains from the Jiaozhou multimodal hub through Alashankou, Khorgos, Erenhot, Manzhouli and Tongjiang (about 1,225 trains counted as arrivals plus departures, some 40 % of them return trains), the Japan–Korea Land–Sea Express, Qingdao Port's trunk sailings to Korea, Japan, Vladivostok, South Asia and the Gulf, and Jiaodong airport's international cargo flights. Volumes cover only these corridors, not the whole port. Calibrated against published 2023–2025 figures; use it as the reference for comparisons.",
      '2025年青岛上合通道的运行状况：胶州多式联运中心经阿拉山口、霍尔果斯、二连浩特、满洲里和同江开行的上合快线与中欧班列（全年到发约1225列，其中回程约占40%），日韩陆海快线，青岛港至韩国、日本、符拉迪沃斯托克、南亚和海湾的干线航线，以及胶东机场的国际货运航班。货量只包括这些通道，而非全港吞吐量。模型已按2023—2025年公开数据校准，可作为方案比较的基准。',
      'Коридоры Циндао в страны ШОС в том виде, в каком они работали в 2025 году: «Экспресс ШОС» и поезда Китай — Европа из мультимодального хаба Цзяочжоу через Алашанькоу, Хоргос, Эрэн-Хото, Маньчжурию и Тунцзян (около 1225 поездов по прибытию и отправлению, из них около 40 % — обратные), сухопутно-морской экспресс Япония — Корея, магистральные морские линии порта Циндао в Корею, Японию, Владивосток, Южную Азию и Персидский залив, а также международные грузовые рейсы аэропорта Цзяодун. Объёмы охватывают только эти коридоры, а не весь порт. Модель откалибрована по опубликованным данным 2023–2025 годов; используйте её как базу для сравнения.',
    ],
  },
  'baseline-2022': {
    name: ['Baseline 2022', '2022年基准', 'База 2022 года'],
    description: [
      'The corridors as of 2022: about 750 SCO Express and China–Europe trains at Jiaozhou (620 from January to October, extrapolated), no Tongjiang route yet, the first Budapest train in July, and the SCODA–Vladivostok sea–rail link from 14 September. Jiaodong airport had opened in August 2021; the Liège and Frankfurt freighters and the Chennai and Karachi sailings came later and are left out. Sea and air volumes are scaled down from 2025 (an estimate). Compare it with the 2025 baseline to see three years of growth.',
      '2022年的通道状况：胶州到发上合快线与中欧班列约750列（按1—10月620列推算），尚无同江线路，7月开行首趟布达佩斯班列，9月14日开通上合示范区—符拉迪沃斯托克海铁联运航线。胶东机场已于2021年8月投运；列日、法兰克福货运航班以及金奈、卡拉奇航线是后来开通的，未包含在内。海运和航空货量由2025年数据按比例缩减（估算）。与2025年基准对比，可以看到三年的增长。',
      'Коридоры по состоянию на 2022 год: около 750 поездов «Экспресс ШОС» и Китай — Европа в Цзяочжоу (620 за январь–октябрь, пересчитано на год), маршрута через Тунцзян ещё нет, первый поезд в Будапешт — в июле, морско-железнодорожная линия ШОС — Владивосток — с 14 сентября. Аэропорт Цзяодун открылся в августе 2021 года; грузовые рейсы в Льеж и Франкфурт и линии в Ченнаи и Карачи появились позже и не включены. Морские и авиационные объёмы уменьшены относительно 2025 года (оценка). Сравните с базой 2025 года, чтобы увидеть рост за три года.',
    ],
  },
  'scoda-targets': {
    name: ['SCODA targets 2026–2030', '上合示范区目标（2026—2030年）', 'Цели зоны ШОС на 2026–2030 годы'],
    description: [
      "The SCODA targets from Qingdao's 2022 Opinions, run from 2026 to 2030: trade with SCO countries grows 10 % a year on the SCO corridors (Central Asia, Russia and Belarus by rail, Vladivostok, South Asia, the Land–Sea Express and air cargo to Central Asia and Russia), and the trains grow with it, so the Jiaozhou hub stays well above the target of more than 800 trains a year. Watch whether the border crossings and the hub keep up, and where cargo starts to wait.",
      '依据青岛2022年《意见》设定的上合示范区目标，模拟2026—2030年：上合通道（经铁路往中亚、俄罗斯和白俄罗斯，符拉迪沃斯托克航线，南亚航线，日韩陆海快线，以及往中亚和俄罗斯的航空货运）与上合组织国家的贸易每年增长10%，班列随之增加，胶州枢纽每年开行班列远超800列的目标。观察口岸和枢纽能否跟上，以及货物在哪里开始积压。',
      'Целевые показатели зоны ШОС из «Мнений» Циндао 2022 года на 2026–2030 годы: торговля со странами ШОС по коридорам ШОС (железная дорога в Центральную Азию, Россию и Беларусь, Владивосток, Южная Азия, сухопутно-морской экспресс и авиагрузы в Центральную Азию и Россию) растёт на 10 % в год, число поездов растёт вместе с ней, и хаб Цзяочжоу остаётся намного выше цели — более 800 поездов в год. Смотрите, справляются ли погранпереходы и хаб и где груз начинает ждать.',
    ],
  },
  'single-document': {
    name: [
      'Single document on the Land–Sea Express',
      '日韩陆海快线“一单制”',
      'Единый документ на сухопутно-морском экспрессе',
    ],
    description: [
      "The 2025 baseline with the 'single document' multimodal mode on the Japan–Korea Land–Sea Express: Japanese and Korean cargo for Central Asia travels on one multimodal bill of lading, declared once at origin, with a sealed ship-to-train transfer of about 4 hours at Qingdao instead of a new bill of lading and a transit declaration (3–5 days of paperwork). The savings come from the Yantai and Lianyungang pilots; whether they transfer to Qingdao is not yet verified. Compare its sea–rail transit days with the baseline.",
      '在2025年基准上，对日韩陆海快线全面实行多式联运“一单制”：日本和韩国发往中亚的货物使用一张多式联运提单，在起运地一次申报，在青岛经铅封约4小时直接换装上火车，不再重新签发提单、办理转关申报（原需3—5天的单证手续）。节省效果取自烟台和连云港的试点，能否同样适用于青岛尚未核实。请将其海铁联运时效与基准对比。',
      'База 2025 года с режимом «единого документа» на сухопутно-морском экспрессе Япония — Корея: японские и корейские грузы в Центральную Азию идут по одному мультимодальному коносаменту с единственной декларацией в пункте отправления и опломбированной перегрузкой с судна на поезд в Циндао примерно за 4 часа — вместо нового коносамента и транзитной декларации (3–5 дней оформления). Экономия взята из пилотных проектов в Яньтае и Ляньюньгане; переносимость на Циндао пока не проверена. Сравните сроки морско-железнодорожной доставки с базой.',
    ],
  },
  'alashankou-disruption': {
    name: [
      'Alashankou at 30 % for six weeks',
      '阿拉山口口岸六周仅30%能力',
      'Алашанькоу на 30 % мощности шесть недель',
    ],
    description: [
      "The 2025 baseline with the Alashankou–Dostyk crossing at 30 % of its capacity for six weeks (3 March to 13 April 2025): fewer tracks for gauge change and a slower Kazakh side. Trains bound for Almaty, Tashkent, Moscow and Europe via Alashankou queue at the border together with other cities' China–Europe trains, while the Khorgos and northern routes carry on. See how much cargo waits, how long the queue takes to clear, and what it does to transit days.",
      '在2025年基准上，阿拉山口—多斯特克口岸连续六周（2025年3月3日至4月13日）只有30%的通过能力：换轨线路减少，哈方作业变慢。经阿拉山口开往阿拉木图、塔什干、莫斯科和欧洲的班列与其他城市的中欧班列一起在口岸排队，而霍尔果斯和北部通道照常运行。观察有多少货物积压、排队需要多久才能消化，以及对运输时效的影响。',
      'База 2025 года, в которой переход Алашанькоу — Достык шесть недель (с 3 марта по 13 апреля 2025 года) работает на 30 % мощности: меньше путей для смены колеи и медленнее обработка на казахстанской стороне. Поезда через Алашанькоу в Алматы, Ташкент, Москву и Европу стоят в очереди на границе вместе с поездами Китай — Европа из других городов, а маршруты через Хоргос и северные переходы работают как обычно. Посмотрите, сколько груза ждёт, сколько времени уходит на разбор очереди и как меняются сроки доставки.',
    ],
  },
  'corridor-growth-2018-2030': {
    name: ['Corridor growth 2018–2030', '通道增长（2018—2030年）', 'Рост коридоров в 2018–2030 годах'],
    description: [
      'Thirteen years of growth for presentations, from 2018 to 2030. The Jiaozhou hub grows from about 300 trains a year to 1,225 in 2025 (published and estimated yearly counts), then by about 8 % a year. New routes appear on their opening dates: the Moscow and Almaty freighters (2021), the Vladivostok sea–rail link (September 2022), the Liège and Frankfurt freighters (2023) and the Moscow train via Tongjiang (2024). Cargo is counted in larger consignments to keep the run quick. Before August 2021 the airport flights stand for the old Liuting airport.',
      '用于演示的十三年增长情景（2018—2030年）。胶州枢纽班列从每年约300列增长到2025年的1225列（依据公开和估算的年度数据），此后每年增长约8%。新线路按开通日期出现：莫斯科和阿拉木图货运航班（2021年）、符拉迪沃斯托克海铁联运航线（2022年9月）、列日和法兰克福货运航班（2023年）以及经同江至莫斯科的班列（2024年）。为加快运行，货物按较大批次计量。2021年8月以前的航班代表原流亭机场。',
      'Тринадцать лет роста для презентаций, с 2018 по 2030 год. Хаб Цзяочжоу растёт примерно с 300 поездов в год до 1225 в 2025 году (опубликованные и оценочные годовые данные), затем примерно на 8 % в год. Новые маршруты появляются в даты открытия: грузовые рейсы в Москву и Алматы (2021 год), морско-железнодорожная линия через Владивосток (сентябрь 2022 года), грузовые рейсы в Льеж и Франкфурт (2023 год) и поезд в Москву через Тунцзян (2024 год). Для быстроты расчёта груз учитывается более крупными партиями. До августа 2021 года рейсы соответствуют старому аэропорту Лютин.',
    ],
  },
  'new-trunk-routes': {
    name: ['New trunk routes 2025', '新增干线航线（2025年）', 'Новые магистральные линии 2025'],
    description: [
      "A ready-made question from the SCODA tasks: what if Qingdao Port opens more trunk routes to SCO countries, Japan and Korea? From 3 March 2025 a weekly Karachi express runs via Port Klang without the Gulf leg, Vladivostok gets two sailings a week instead of one, and the Busan, Incheon, Osaka–Kobe and Tokyo–Yokohama services run 50 % more often. Everything else is the 2025 baseline. The frequencies are a planner's what-if, not announced services (estimates). Compare it with the baseline to see where cargo moves faster and how full the new sailings are.",
      '上合示范区任务中的现成问题：如果青岛港开辟更多通往上合组织国家、日本和韩国的干线航线，会怎样？自2025年3月3日起，每周开行一班经巴生港、不再挂靠海湾的卡拉奇快航；符拉迪沃斯托克航线由每周一班增至两班；釜山、仁川、大阪—神户和东京—横滨航线班次增加50%。其余与2025年基准相同。班次为规划人员的假设，并非已公布的航线（估算）。与基准对比，可以看到货物在哪里运得更快，以及新航线的装载率。',
      'Готовый вопрос из задач зоны ШОС: что, если порт Циндао откроет больше магистральных линий в страны ШОС, Японию и Корею? С 3 марта 2025 года еженедельный экспресс в Карачи идёт через Порт-Кланг без захода в Персидский залив, во Владивосток — два рейса в неделю вместо одного, а линии в Пусан, Инчхон, Осаку — Кобе и Токио — Иокогаму ходят на 50 % чаще. Всё остальное — как в базе 2025 года. Частоты — допущение планировщика, а не объявленные линии (оценки). Сравните с базой, чтобы увидеть, где груз идёт быстрее и насколько загружены новые рейсы.',
    ],
  },
  'sco-trunk-chabahar-samarkand': {
    name: [
      'New SCO trunk routes: Chabahar and Samarkand',
      '上合新干线：恰巴哈尔港与撒马尔罕',
      'Новые магистрали ШОС: Чабахар и Самарканд',
    ],
    description: [
      "A ready-made question from the SCODA tasks: what if Qingdao opens trunk routes to SCO ports and a new Central Asian destination? On top of the 2025 baseline, a weekly vessel sails Qingdao–Port Klang–Karachi–Chabahar (Iran's Shahid Beheshti terminal, a port the baseline does not serve), and a weekly SCO Express runs from the Jiaozhou hub via Alashankou and Tashkent on to Samarkand, on the line the Dushanbe train already uses. Both run all year, with demand sized to them (estimates; neither service is announced). Compare it with the baseline: trains at the hub, cargo to Chabahar and Samarkand, and how the Karachi cargo shares the two loops.",
      '上合示范区任务中的现成问题：如果青岛开通通往上合组织国家港口的干线和新的中亚目的地，会怎样？在2025年基准上，每周开行一班青岛—巴生港—卡拉奇—恰巴哈尔航线（伊朗沙希德·贝赫什提码头，基准中没有该港），并每周开行一列上合快线，从胶州枢纽经阿拉山口、塔什干延伸至撒马尔罕，使用杜尚别班列已经走的线路。两条线路全年运行，货量按其运力估算（均为估算，并非已公布的线路）。与基准对比：枢纽班列数、到恰巴哈尔和撒马尔罕的货物，以及卡拉奇货物如何在两条航线间分配。',
      'Готовый вопрос из задач зоны ШОС: что, если Циндао откроет магистральные линии в порты стран ШОС и новое направление в Центральной Азии? К базе 2025 года добавлены еженедельная линия Циндао — Порт-Кланг — Карачи — Чабахар (терминал Шахид Бехешти в Иране, которого нет в базе) и еженедельный «Экспресс ШОС» из хаба Цзяочжоу через Алашанькоу и Ташкент до Самарканда — по линии, по которой уже идёт поезд в Душанбе. Оба работают весь год, спрос рассчитан под них (оценки; ни один сервис не объявлен). Сравните с базой: поезда в хабе, грузы в Чабахар и Самарканд и то, как грузы на Карачи делятся между двумя линиями.',
    ],
  },
  'jiaodong-air-transshipment': {
    name: [
      'Jiaodong air transshipment centre',
      '胶东机场航空货运中转中心',
      'Центр авиатранзита в аэропорту Цзяодун',
    ],
    description: [
      'A ready-made question from the SCODA tasks: what if Jiaodong airport becomes an international air cargo hub with a transshipment centre? On top of the 2025 baseline the cargo terminal gets half again as many handling positions (60 to 90), Korean and Japanese cargo for Almaty, Moscow, Liège and Frankfurt is booked through Jiaodong (five new transfer flows of 600–900 tonnes a year), and the freighters fly more often: Almaty twice as often, Moscow, Liège and Frankfurt 50 % more, and the Tokyo and Osaka freighters that feed the transfers 30 % and 20 % more. All figures are estimates. Compare it with the baseline: air tonnes through Jiaodong, transfer times and how full the freighters are.',
      '上合示范区任务中的现成问题：如果胶东机场建成设有中转中心的国际航空货运枢纽，会怎样？在2025年基准上，货站操作位增加一半（60个增至90个），韩国和日本发往阿拉木图、莫斯科、列日和法兰克福的货物经胶东中转（新增五条中转货流，每年600—900吨），全货机航班加密：阿拉木图航班翻倍，莫斯科、列日和法兰克福航班增加50%，为中转供货的东京和大阪全货机分别增加30%和20%。所有数字均为估算。与基准对比：胶东机场的航空货量、中转时间以及全货机的装载率。',
      'Готовый вопрос из задач зоны ШОС: что, если аэропорт Цзяодун станет международным авиагрузовым хабом с центром перевалки? К базе 2025 года добавлено: грузовой терминал получает в полтора раза больше мест обработки (с 60 до 90), корейские и японские грузы в Алматы, Москву, Льеж и Франкфурт идут транзитом через Цзяодун (пять новых транзитных потоков по 600–900 тонн в год), а грузовые рейсы летают чаще: в Алматы вдвое, в Москву, Льеж и Франкфурт на 50 %, а подвозящие транзит рейсы из Токио и Осаки — на 30 % и 20 %. Все цифры — оценки. Сравните с базой: авиагрузы через Цзяодун, время перевалки и загрузку рейсов.',
    ],
  },
  'overseas-warehouse-ecommerce': {
    name: [
      'Overseas warehouse for e-commerce in Budapest',
      '布达佩斯跨境电商海外仓',
      'Зарубежный склад электронной торговли в Будапеште',
    ],
    description: [
      'A ready-made question from the SCODA tasks: what if an overseas warehouse consolidates e-commerce flows? On top of the 2025 baseline a bonded warehouse near Budapest receives a weekly e-commerce block train from the Jiaozhou hub and a truck shuttle from the Budapest terminal; it holds parcels for half a day to five days to make up outbound loads and clears them bonded on release. 30 % of the air e-commerce to Liège and Frankfurt moves to it by rail. Volumes, dwell and the site are estimates. Compare it with the baseline: e-commerce door-to-door days, dwell at the warehouse, and air cargo to Europe.',
      '上合示范区任务中的现成问题：如果用海外仓集拼跨境电商货流，会怎样？在2025年基准上，布达佩斯附近的一座保税海外仓接收每周一列从胶州枢纽开出的跨境电商专列，并由布达佩斯场站的短驳卡车送货；海外仓将包裹存放半天至五天以集拼出库，出库时办理保税清关。原经航空运往列日和法兰克福的电商货物有30%改由铁路运往该仓。货量、停留时间和选址均为估算。与基准对比：电商货物的门到门天数、在海外仓的停留时间，以及发往欧洲的航空货量。',
      'Готовый вопрос из задач зоны ШОС: что, если зарубежный склад будет консолидировать потоки электронной торговли? К базе 2025 года добавлен таможенный склад под Будапештом: раз в неделю к нему идёт поезд электронной торговли из хаба Цзяочжоу, от терминала Будапешта — грузовик-челнок; склад держит посылки от половины суток до пяти дней, чтобы собрать отправки, и выпускает их под таможенным контролем. 30 % авиаотправок электронной торговли в Льеж и Франкфурт переходит на железную дорогу к складу. Объёмы, время хранения и место — оценки. Сравните с базой: сроки доставки, простой на складе и авиагрузы в Европу.',
    ],
  },
};
