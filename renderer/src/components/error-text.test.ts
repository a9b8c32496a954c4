import { describe, expect, it } from 'vitest';
import { bilingual } from '../../../shared/i18n/format';
import { ClientError } from '../api/client';
import { errorText } from './error-text';

describe('errorText', () => {
  it('shows a ClientError in the chosen language with the other beside it', () => {
    const error = new ClientError('facilities:create-facility', {
      code: 'conflict',
      message: bilingual({ key: 'error.duplicate_code', params: { code: 'VC-1' } }),
    });
    expect(errorText(error, 'zh-CN')).toEqual({
      text: '机构编码 VC-1 已存在',
      other: error.messageIn('en-US'),
      code: 'conflict',
    });
    expect(errorText(error, 'en-US').text).toBe(error.messageIn('en-US'));
  });

  it('reports anything else as an internal error, in both languages', () => {
    const shown = errorText(new TypeError('x is undefined'), 'en-US');
    expect(shown.code).toBe('internal');
    expect(shown.text).toContain('x is undefined');
    expect(shown.other).toContain('内部错误');
    expect(errorText('plain', 'zh-CN').text).toContain('plain');
  });
});
