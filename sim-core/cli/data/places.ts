/** Short place names for service names, in the app's three languages. */
export const PLACE: Record<string, [en: string, zh: string, ru: string]> = {
  'qingdao-port': ['Qingdao Port', '青岛港', 'порт Циндао'],
  'jiaozhou-hub': ['Jiaozhou', '胶州', 'Цзяочжоу'],
  'qingdao-jiaodong-airport': ['Qingdao', '青岛', 'Циндао'],
  urumqi: ['Urumqi', '乌鲁木齐', 'Урумчи'],
  alashankou: ['Alashankou', '阿拉山口', 'Алашанькоу'],
  khorgos: ['Khorgos', '霍尔果斯', 'Хоргос'],
  erenhot: ['Erenhot', '二连浩特', 'Эрэн-Хото'],
  manzhouli: ['Manzhouli', '满洲里', 'Маньчжурию'],
  tongjiang: ['Tongjiang', '同江', 'Тунцзян'],
  almaty: ['Almaty', '阿拉木图', 'Алматы'],
  tashkent: ['Tashkent', '塔什干', 'Ташкент'],
  bishkek: ['Bishkek', '比什凯克', 'Бишкек'],
  dushanbe: ['Dushanbe', '杜尚别', 'Душанбе'],
  moscow: ['Moscow', '莫斯科', 'Москва'],
  'moscow-vorsino': ['Moscow (Vorsino)', '莫斯科（沃尔西诺）', 'Москва (Ворсино)'],
  minsk: ['Minsk', '明斯克', 'Минск'],
  budapest: ['Budapest', '布达佩斯', 'Будапешт'],
  duisburg: ['Duisburg', '杜伊斯堡', 'Дуйсбург'],
  ulaanbaatar: ['Ulaanbaatar', '乌兰巴托', 'Улан-Батор'],
  aktogay: ['Aktogay', '阿克托盖', 'Актогай'],
  vladivostok: ['Vladivostok', '符拉迪沃斯托克', 'Владивосток'],
  busan: ['Busan', '釜山', 'Пусан'],
  incheon: ['Incheon', '仁川', 'Инчхон'],
  'tokyo-yokohama': ['Tokyo/Yokohama', '东京／横滨', 'Токио/Иокогама'],
  'osaka-kobe': ['Osaka/Kobe', '大阪／神户', 'Осака/Кобе'],
  singapore: ['Singapore', '新加坡', 'Сингапур'],
  'port-klang': ['Port Klang', '巴生港', 'Порт-Кланг'],
  'nhava-sheva': ['Nhava Sheva', '那瓦舍瓦', 'Нхава-Шева'],
  chennai: ['Chennai', '金奈', 'Ченнаи'],
  karachi: ['Karachi', '卡拉奇', 'Карачи'],
  'jebel-ali': ['Jebel Ali', '杰贝阿里', 'Джебель-Али'],
  'incheon-airport': ['Seoul Incheon', '首尔仁川', 'Сеул (Инчхон)'],
  'osaka-kansai-airport': ['Osaka Kansai', '大阪关西', 'Осака (Кансай)'],
  'tokyo-narita-airport': ['Tokyo Narita', '东京成田', 'Токио (Нарита)'],
  'almaty-airport': ['Almaty', '阿拉木图', 'Алматы'],
  'moscow-sheremetyevo-airport': ['Moscow Sheremetyevo', '莫斯科谢列梅捷沃', 'Москва (Шереметьево)'],
  'frankfurt-airport': ['Frankfurt', '法兰克福', 'Франкфурт-на-Майне'],
  'liege-airport': ['Liège', '列日', 'Льеж'],
};

export function place(id: string): [string, string, string] {
  const p = PLACE[id];
  if (p === undefined) throw new Error(`no short name for node "${id}" in places.ts`);
  return p;
}
