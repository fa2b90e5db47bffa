/**
 * Rail lines hand-placed through the real corridor cities, from each link's first node to its
 * last; `viaNames` says which cities the waypoints are.
 */
import type { RailPath } from './routes.ts';

export const RAIL_PATHS: RailPath[] = [
  // The port's rail yard to the Jiaozhou centre (Qianwan port branch, ~50 km).
  {
    from: 'qingdao-port',
    to: 'jiaozhou-hub',
    via: [
      [120.12, 36.1],
      [120.02, 36.2],
    ],
    viaNames: 'Huangdao',
  },
  // The Jiaoji and Longhai lines westwards.
  {
    from: 'jiaozhou-hub',
    to: 'zhengzhou',
    via: [
      [119.16, 36.71],
      [118.05, 36.81],
      [117.0, 36.65],
      [117.1, 36.2],
      [116.83, 35.55],
      [117.18, 34.26],
      [115.65, 34.41],
      [114.31, 34.8],
    ],
    viaNames: 'Weifang, Zibo, Jinan, Taian, Yanzhou, Xuzhou, Shangqiu, Kaifeng',
  },
  {
    from: 'zhengzhou',
    to: 'xian',
    via: [
      [112.45, 34.62],
      [111.2, 34.77],
      [109.5, 34.5],
    ],
    viaNames: 'Luoyang, Sanmenxia, Weinan',
  },
  {
    from: 'xian',
    to: 'lanzhou',
    via: [
      [107.14, 34.36],
      [105.72, 34.58],
      [104.6, 35.58],
    ],
    viaNames: 'Baoji, Tianshui, Dingxi',
  },
  {
    from: 'lanzhou',
    to: 'urumqi',
    via: [
      [102.64, 37.93],
      [100.45, 38.93],
      [98.49, 39.73],
      [97.0, 40.3],
      [95.45, 41.13],
      [93.51, 42.83],
      [90.2, 42.87],
      [89.19, 42.95],
      [88.2, 43.4],
    ],
    viaNames: 'Wuwei, Zhangye, Jiuquan, Yumen, Liuyuan, Hami, Shanshan, Turpan',
  },
  {
    from: 'urumqi',
    to: 'alashankou',
    via: [
      [86.0, 44.3],
      [84.9, 44.43],
      [82.9, 44.6],
      [82.3, 44.9],
    ],
    viaNames: 'Shihezi, Kuytun, Jinghe, Bole',
  },
  {
    from: 'urumqi',
    to: 'khorgos',
    via: [
      [86.0, 44.3],
      [84.9, 44.43],
      [82.9, 44.6],
      [81.5, 44.5],
      [81.32, 43.92],
      [80.8, 44.05],
    ],
    viaNames: 'Shihezi, Kuytun, Jinghe, Sayram Lake, Yining',
  },
  // Kazakhstan: Dostyk-Aktogay, the Turksib to Almaty, Altynkol-Zhetygen.
  {
    from: 'alashankou',
    to: 'aktogay',
    via: [
      [82.45, 45.3],
      [81.6, 46.0],
      [80.6, 46.6],
    ],
    viaNames: 'Dostyk, Koktuma, Beskol',
  },
  {
    from: 'aktogay',
    to: 'almaty',
    via: [
      [78.7, 45.9],
      [77.98, 45.25],
      [77.07, 43.87],
    ],
    viaNames: 'Matay, Ushtobe, Kapchagay',
  },
  {
    from: 'khorgos',
    to: 'almaty',
    via: [
      [80.3, 44.17],
      [79.98, 44.16],
      [78.3, 43.9],
      [77.4, 43.7],
    ],
    viaNames: 'Altynkol, Zharkent, Shelek, Zhetygen',
  },
  {
    from: 'almaty',
    to: 'bishkek',
    via: [
      [75.2, 43.55],
      [73.76, 43.6],
      [74.0, 43.0],
    ],
    viaNames: 'Otar, Shu, Kaindy',
  },
  {
    from: 'almaty',
    to: 'tashkent',
    via: [
      [75.2, 43.55],
      [73.76, 43.6],
      [71.37, 42.9],
      [69.6, 42.32],
      [69.16, 41.45],
    ],
    viaNames: 'Otar, Shu, Taraz, Shymkent, Saryagash',
  },
  {
    from: 'tashkent',
    to: 'dushanbe',
    via: [
      [67.84, 40.12],
      [66.96, 39.65],
      [65.79, 38.86],
      [66.25, 38.62],
      [67.2, 38.2],
      [67.28, 37.4],
      [67.58, 37.83],
      [67.9, 38.27],
      [68.23, 38.51],
    ],
    viaNames: 'Jizzakh, Samarkand, Karshi, Guzar, Boysun, Termez, Kumkurgan, Denau, Tursunzoda',
  },
  // Kazakhstan to Moscow: Dostyk-Moiynty line, Karaganda, Astana, Kostanay, the South Urals, the Volga.
  {
    from: 'aktogay',
    to: 'moscow-vorsino',
    via: [
      [76.5, 47.0],
      [73.35, 47.2],
      [73.1, 49.8],
      [71.45, 51.17],
      [66.5, 52.6],
      [63.62, 53.21],
      [61.4, 55.16],
      [55.96, 54.74],
      [50.1, 53.2],
      [48.47, 53.16],
      [45.0, 53.2],
      [39.7, 54.63],
    ],
    viaNames:
      'Sayak, Moiynty, Karaganda, Astana, Esil, Kostanay, Chelyabinsk, Ufa, Samara, Syzran, Penza, Ryazan',
  },
  // North: Jinan-Dezhou-Tianjin, then Beijing-Zhangjiakou-Jining-Erenhot, or Shenyang-Harbin-Manzhouli / Tongjiang.
  {
    from: 'jiaozhou-hub',
    to: 'tianjin',
    via: [
      [119.16, 36.71],
      [118.05, 36.81],
      [117.0, 36.65],
      [116.36, 37.44],
      [116.84, 38.3],
    ],
    viaNames: 'Weifang, Zibo, Jinan, Dezhou, Cangzhou',
  },
  {
    from: 'tianjin',
    to: 'erenhot',
    via: [
      [116.4, 39.9],
      [114.88, 40.82],
      [113.13, 41.03],
      [112.6, 42.3],
    ],
    viaNames: 'Beijing, Zhangjiakou, Jining (Ulanqab), Sonid',
  },
  {
    from: 'tianjin',
    to: 'harbin',
    via: [
      [118.18, 39.63],
      [119.75, 40.0],
      [121.13, 41.1],
      [123.43, 41.8],
      [124.35, 43.17],
      [125.32, 43.88],
    ],
    viaNames: 'Tangshan, Shanhaiguan, Jinzhou, Shenyang, Siping, Changchun',
  },
  {
    from: 'harbin',
    to: 'manzhouli',
    via: [
      [125.1, 46.59],
      [123.97, 47.35],
      [122.74, 48.0],
      [120.7, 49.1],
      [119.75, 49.21],
    ],
    viaNames: 'Daqing, Qiqihar, Zhalantun, Yakeshi, Hailar',
  },
  {
    from: 'harbin',
    to: 'tongjiang',
    via: [
      [129.56, 46.32],
      [130.32, 46.8],
      [131.4, 47.2],
    ],
    viaNames: 'Yilan, Jiamusi, Fujin',
  },
  // Mongolia and Russia.
  {
    from: 'erenhot',
    to: 'ulaanbaatar',
    via: [
      [111.9, 43.72],
      [110.14, 44.89],
      [108.36, 46.36],
    ],
    viaNames: 'Zamyn-Uud, Sainshand, Choir',
  },
  {
    from: 'ulaanbaatar',
    to: 'ulan-ude',
    via: [
      [105.95, 49.47],
      [106.2, 50.23],
      [106.1, 50.4],
    ],
    viaNames: 'Darkhan, Sukhbaatar, Naushki',
  },
  {
    from: 'manzhouli',
    to: 'chita',
    via: [
      [117.33, 49.64],
      [116.52, 50.39],
      [114.35, 51.62],
    ],
    viaNames: 'Zabaikalsk, Borzya, Karymskaya',
  },
  {
    from: 'tongjiang',
    to: 'chita',
    via: [
      [132.6, 47.92],
      [132.93, 48.79],
      [130.08, 49.42],
      [128.47, 50.92],
      [126.0, 52.5],
      [123.93, 53.98],
      [119.77, 53.74],
      [116.55, 52.52],
    ],
    viaNames:
      'Nizhneleninskoye, Birobidzhan, Arkhara, Belogorsk, Shimanovsk, Skovorodino, Mogocha, Chernyshevsk',
  },
  {
    from: 'vladivostok',
    to: 'chita',
    via: [
      [131.95, 43.8],
      [132.9, 45.2],
      [135.07, 48.48],
      [132.93, 48.79],
      [130.08, 49.42],
      [128.47, 50.92],
      [126.0, 52.5],
      [123.93, 53.98],
      [119.77, 53.74],
      [116.55, 52.52],
    ],
    viaNames:
      'Ussuriysk, Ruzhino, Khabarovsk, Birobidzhan, Arkhara, Belogorsk, Shimanovsk, Skovorodino, Mogocha, Chernyshevsk',
  },
  {
    from: 'chita',
    to: 'ulan-ude',
    via: [
      [110.5, 51.5],
      [108.9, 51.27],
    ],
    viaNames: 'Khilok, Petrovsk-Zabaykalsky',
  },
  {
    from: 'ulan-ude',
    to: 'moscow',
    via: [
      [106.5, 51.6],
      [104.28, 52.29],
      [101.6, 54.3],
      [98.0, 55.94],
      [92.87, 56.01],
      [90.5, 56.27],
      [82.92, 55.03],
      [73.37, 54.99],
      [65.53, 57.15],
      [60.6, 56.84],
      [56.25, 58.0],
      [49.67, 58.6],
      [39.87, 57.63],
    ],
    viaNames:
      'Lake Baikal shore, Irkutsk, Tulun, Tayshet, Krasnoyarsk, Achinsk, Novosibirsk, Omsk, Tyumen, Yekaterinburg, Perm, Kirov, Yaroslavl',
  },
  // Westwards to the EU: Minsk, Brest-Malaszewicze, Warsaw, then Duisburg or Budapest.
  // Selyatino and Vorsino, the two terminals south-west of Moscow (Kiev line).
  { from: 'moscow', to: 'moscow-vorsino', via: [[36.8, 55.4]], viaNames: 'Balabanovo' },
  {
    from: 'moscow-vorsino',
    to: 'minsk',
    via: [
      [35.0, 55.3],
      [34.3, 55.21],
      [32.05, 54.78],
      [30.42, 54.51],
      [28.5, 54.23],
    ],
    viaNames: 'Kubinka, Vyazma, Smolensk, Orsha, Borisov',
  },
  {
    from: 'minsk',
    to: 'brest-malaszewicze',
    via: [
      [26.0, 53.13],
      [24.5, 52.4],
    ],
    viaNames: 'Baranovichi, Zhabinka',
  },
  { from: 'brest-malaszewicze', to: 'warsaw', via: [[22.27, 52.17]], viaNames: 'Siedlce' },
  {
    from: 'warsaw',
    to: 'duisburg',
    via: [
      [19.36, 52.23],
      [16.93, 52.41],
      [14.55, 52.35],
      [13.4, 52.52],
      [11.63, 52.13],
      [9.73, 52.37],
      [8.53, 52.02],
      [7.47, 51.51],
    ],
    viaNames: 'Kutno, Poznan, Frankfurt (Oder), Berlin, Magdeburg, Hannover, Bielefeld, Dortmund',
  },
  {
    from: 'warsaw',
    to: 'budapest',
    via: [
      [19.12, 50.81],
      [19.02, 50.26],
      [18.29, 49.83],
      [16.88, 48.76],
      [17.11, 48.15],
      [17.63, 47.69],
    ],
    viaNames: 'Czestochowa, Katowice, Ostrava, Breclav, Bratislava, Gyor',
  },
];
