import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../../shared/i18n/format';
import { exportSteps, formatBytes, signBlock, stepProgress, toggleSigner } from './export-view';

describe('export view', () => {
  it('shows the signing stage only when someone signs', () => {
    expect(exportSteps(0)).toEqual(['choose', 'render', 'saved']);
    expect(exportSteps(2)).toEqual(['choose', 'render', 'sign', 'saved']);
  });

  it('marks only what is known: the dialog stage while running, every stage when done', () => {
    expect(stepProgress('running', 2)).toEqual({ current: 0, finished: false });
    expect(stepProgress('done', 2)).toEqual({ current: 3, finished: true });
    expect(stepProgress('done', 0)).toEqual({ current: 2, finished: true });
  });

  it('lets only a completed audit be signed, and says why not in both languages', () => {
    expect(signBlock('completed')).toBeNull();
    const inProgress = signBlock('in_progress');
    expect(inProgress && renderMessage('zh-CN', inProgress)).toContain('进行中');
    expect(inProgress && renderMessage('en-US', inProgress)).toContain('in progress');
    for (const status of ['signed', 'exported'] as const) expect(signBlock(status)?.key).toBe('ui.report.sign_locked');
    expect(signBlock('draft')?.key).toBe('ui.report.sign_needs_completed');
  });

  it('prints sizes the way file managers do', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(880_640)).toBe('860 KB');
    expect(formatBytes(1_468_006)).toBe('1.4 MB');
  });

  it('appends signers in the order chosen and stops at the maximum', () => {
    expect(toggleSigner(['a'], 'b', 3)).toEqual(['a', 'b']);
    expect(toggleSigner(['a', 'b'], 'a', 3)).toEqual(['b']);
    expect(toggleSigner(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
  });
});
