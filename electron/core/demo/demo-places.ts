import type { FacilityInput } from '../../../shared/domain/facility';
import type { Random } from './random';

/** Demo facility codes start with this, so a second `demo` run can recognise the first. */
export const DEMO_CODE_PREFIX = 'DEMO-';

// A fictional province: the place names below it are common Chinese place names, but no row
// describes a real facility.
const PROVINCE = '示范省';
const PREFECTURES = [
  { name: '东山市', counties: 2 },
  { name: '南岭彝族自治州', counties: 1 },
] as const;
const COUNTIES = ['清河县', '石门县', '永安县', '白沙县', '金坪县', '乌江县'];
const TOWNSHIPS = [
  '龙泉镇',
  '青石乡',
  '马场镇',
  '桃源乡',
  '新街镇',
  '河口镇',
  '大坪乡',
  '松林镇',
  '杨柳乡',
  '金沙镇',
  '双河乡',
  '高桥镇',
  '茶园乡',
  '板桥镇',
  '柏树乡',
];
const VILLAGES = [
  '小河村',
  '大寨村',
  '坪上村',
  '水井村',
  '岔河村',
  '沙坝村',
  '田坝村',
  '凉水村',
  '中寨村',
  '营盘村',
  '石板村',
  '长冲村',
  '核桃村',
  '竹林村',
  '干沟村',
  '麻柳村',
  '三合村',
  '光明村',
  '团结村',
  '红星村',
  '和平村',
  '胜利村',
  '先锋村',
  '联合村',
  '幸福村',
  '新民村',
  '龙井村',
  '松树村',
  '黄泥村',
  '观音村',
];

export interface DemoFacility {
  input: FacilityInput;
  /** Position in the tree, e.g. county 1, township 2: used to pick which facilities get audits. */
  county: number;
  township?: number;
  village?: number;
}

const round = (n: number, to: number) => Math.round(n / to) * to;
const flags = (f: Partial<FacilityInput['flags']>): FacilityInput['flags'] => ({
  ivServiceApproved: false,
  townshipSeat: false,
  sharedClinic: false,
  poorCounty: false,
  ...f,
});

/** 1 province > 2 prefectures > 3 counties > 9 townships > 27 villages, one facility per place. */
export function demoFacilities(rng: Random): DemoFacility[] {
  const counties = rng.shuffle(COUNTIES);
  const townships = rng.shuffle(TOWNSHIPS);
  const villages = rng.shuffle(VILLAGES);
  const out: DemoFacility[] = [];
  let countyNo = 0;
  for (const prefecture of PREFECTURES) {
    for (let c = 0; c < prefecture.counties; c += 1) {
      countyNo += 1;
      const county = counties[countyNo - 1]!;
      const poorCounty = countyNo !== 1;
      const path = { province: PROVINCE, prefecture: prefecture.name, county };
      const countyPopulation = round(rng.int(180_000, 420_000), 1000);
      out.push({
        county: countyNo,
        input: {
          code: `${DEMO_CODE_PREFIX}C${countyNo}`,
          name: `${county}人民医院`,
          level: 'county_hospital',
          adminPath: path,
          servicePopulation: countyPopulation,
          residentPopulation: round(countyPopulation * 0.88, 100),
          beds: round(rng.int(120, 180), 10),
          flags: flags({ ivServiceApproved: true, poorCounty }),
        },
      });
      for (let t = 1; t <= 3; t += 1) {
        const township = townships[(countyNo - 1) * 3 + t - 1]!;
        const townshipPopulation = round(rng.int(8_000, 32_000), 100);
        out.push({
          county: countyNo,
          township: t,
          input: {
            code: `${DEMO_CODE_PREFIX}C${countyNo}-T${t}`,
            name: `${township}卫生院`,
            level: 'township_health_center',
            adminPath: { ...path, township },
            servicePopulation: townshipPopulation,
            residentPopulation: round((townshipPopulation * rng.int(80, 95)) / 100, 10),
            beds: round(rng.int(15, 40), 5),
            flags: flags({ ivServiceApproved: true, poorCounty }),
          },
        });
        for (let v = 1; v <= 3; v += 1) {
          const village = villages[((countyNo - 1) * 3 + t - 1) * 3 + v - 1]!;
          const villagePopulation = round(rng.int(600, 2600), 10);
          out.push({
            county: countyNo,
            township: t,
            village: v,
            input: {
              code: `${DEMO_CODE_PREFIX}C${countyNo}-T${t}-V${v}`,
              name: `${township}${village}卫生室`,
              level: 'village_clinic',
              adminPath: { ...path, township, village },
              servicePopulation: villagePopulation,
              residentPopulation: round((villagePopulation * rng.int(70, 95)) / 100, 10),
              flags: flags({
                ivServiceApproved: v === 1 || rng.chance(0.2),
                townshipSeat: v === 1,
                sharedClinic: v === 3 && rng.chance(0.3),
                poorCounty,
              }),
            },
          });
        }
      }
    }
  }
  return out;
}
