import type { Facility, FacilityInput } from '../../shared/domain/facility';
import type { Random } from '../../electron/core/demo/random';

// Common characters of Chinese place names; every two-character combination reads (and
// romanises in pinyin) like a plausible place. The province is fictional.
const SYLLABLES = [
  ...'安白宝北昌长城春大德东丰凤福高古广桂河红华黄江金锦康乐黎龙隆马茂梅明南宁平青清庆仁瑞沙山石双顺松太泰桃天田通万文西溪祥新兴阳永玉元云泽正中竹',
];
export const GENERATED_PROVINCE = '汇成省';
export const GENERATED_CODE_PREFIX = 'GEN-';

const TOWNSHIPS_PER_COUNTY = 10;
const COUNTIES_PER_PREFECTURE = 10;
/** Villages per township: 9 to 15, 12 on average. */
const VILLAGES = [9, 15] as const;

const round = (n: number, to: number) => Math.round(n / to) * to;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Names unique within one namer: three characters once two-character names grow scarce. */
function placeNamer(rng: Random) {
  const used = new Set<string>();
  return (suffix: string): string => {
    for (let attempt = 0; ; attempt += 1) {
      const syllables = attempt < 20 ? 2 : 3;
      const name = `${Array.from({ length: syllables }, () => rng.pick(SYLLABLES)).join('')}${suffix}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

const flags = (f: Partial<FacilityInput['flags']>): FacilityInput['flags'] => ({
  ivServiceApproved: false,
  townshipSeat: false,
  sharedClinic: false,
  poorCounty: false,
  ...f,
});

/**
 * A province of about `facilities` facilities: prefectures > counties (a county hospital each) >
 * townships (a township health center each) > villages (a village clinic each). Facilities come
 * out with ids and timestamps, as a sender's registry would hold them.
 */
export function generateProvince(rng: Random, facilities: number): Facility[] {
  const name = placeNamer(rng);
  const out: Facility[] = [];
  const at = '2025-01-01T00:00:00.000Z';
  const add = (input: FacilityInput) =>
    out.push({ ...input, id: input.code.toLowerCase(), createdAt: at, updatedAt: at });
  const prefectures: string[] = [];
  for (let c = 0; out.length < facilities; c += 1) {
    const p = Math.floor(c / COUNTIES_PER_PREFECTURE);
    const prefecture = (prefectures[p] ??= name(p % 4 === 3 ? '自治州' : '市'));
    const county = name('县');
    const poorCounty = rng.chance(0.4);
    const path = { province: GENERATED_PROVINCE, prefecture, county };
    const countyCode = `${GENERATED_CODE_PREFIX}P${pad(p + 1, 2)}-C${pad(c + 1, 3)}`;
    const population = round(rng.int(150_000, 600_000), 1000);
    add({
      code: countyCode,
      name: `${county}人民医院`,
      level: 'county_hospital',
      adminPath: path,
      servicePopulation: population,
      residentPopulation: round(population * 0.9, 100),
      beds: round(rng.int(100, 400), 10),
      flags: flags({ ivServiceApproved: true, poorCounty }),
    });
    for (let t = 1; t <= TOWNSHIPS_PER_COUNTY; t += 1) {
      const township = name(rng.chance(0.6) ? '镇' : '乡');
      const townshipPopulation = round(rng.int(8_000, 40_000), 100);
      const townshipCode = `${countyCode}-T${pad(t, 2)}`;
      add({
        code: townshipCode,
        name: `${township}卫生院`,
        level: 'township_health_center',
        adminPath: { ...path, township },
        servicePopulation: townshipPopulation,
        residentPopulation: round((townshipPopulation * rng.int(80, 95)) / 100, 10),
        beds: round(rng.int(10, 60), 5),
        flags: flags({ ivServiceApproved: rng.chance(0.9), townshipSeat: true, poorCounty }),
      });
      const villages = rng.int(VILLAGES[0], VILLAGES[1]);
      // Village names repeat across a province, as they do in life; within a township they differ.
      const villageName = placeNamer(rng);
      for (let v = 1; v <= villages; v += 1) {
        const village = villageName('村');
        const villagePopulation = round(rng.int(500, 3000), 10);
        add({
          code: `${townshipCode}-V${pad(v, 2)}`,
          name: `${village}卫生室`,
          level: 'village_clinic',
          adminPath: { ...path, township, village },
          servicePopulation: villagePopulation,
          residentPopulation: round((villagePopulation * rng.int(70, 95)) / 100, 10),
          flags: flags({
            ivServiceApproved: rng.chance(0.25),
            townshipSeat: v === 1,
            sharedClinic: rng.chance(0.05),
            poorCounty,
          }),
        });
      }
    }
  }
  return out.slice(0, facilities);
}
