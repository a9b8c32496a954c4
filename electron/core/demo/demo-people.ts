import type { StaffQualification } from '../../../shared/domain/standard';
import type { Random } from './random';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '罗',
  '高',
  '林',
  '龙',
  '杨',
  '田',
  '潘',
];
const GIVEN = [
  '建',
  '国',
  '明',
  '华',
  '丽',
  '芳',
  '军',
  '平',
  '秀',
  '英',
  '德',
  '林',
  '春',
  '兰',
  '志',
  '强',
  '海',
  '燕',
  '云',
  '梅',
  '成',
  '文',
  '玉',
  '红',
  '勇',
  '敏',
  '静',
  '波',
  '荣',
  '雪',
];

export function personName(rng: Random): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return rng.pick(SURNAMES) + given;
}

/** Certificate numbers shaped like the real ones (length and leading digits), never real. */
export function licenseNumber(rng: Random, qualification: StaffQualification): string | undefined {
  switch (qualification) {
    case 'village_doctor':
      return `5${rng.digits(11)}`;
    case 'licensed_physician':
    case 'general_practitioner':
    case 'tcm_physician':
    case 'public_health_physician':
      return `1${rng.digits(14)}`;
    case 'licensed_assistant_physician':
      return `2${rng.digits(14)}`;
    case 'registered_nurse':
      return `20${rng.digits(10)}`;
    case 'pharmacist':
      return `ZY${rng.digits(10)}`;
    case 'medical_technician':
      return `JS${rng.digits(8)}`;
    case 'other':
      return undefined;
  }
}
