import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../electron/electron.vite.config';
import { createChannelFilter } from '../../../electron/preload/channel-filter';
import { CHANNELS } from '../../../shared/ipc';

describe('preload channel filter', () => {
  const isAllowed = createChannelFilter(CHANNELS);

  it('lets every contract channel through', () => {
    expect(CHANNELS.length).toBeGreaterThan(0);
    for (const channel of CHANNELS) expect(isAllowed(channel), channel).toBe(true);
  });

  it('refuses everything else', () => {
    const refused: unknown[] = [
      'audits:drop-database',
      'AUDITS:LIST-AUDITS',
      ' audits:list-audits',
      'audits:list-audits ',
      '',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'ELECTRON_BROWSER_REQUIRE',
      undefined,
      null,
      42,
      { toString: () => CHANNELS[0] },
      [CHANNELS[0]],
      Symbol('audits:list-audits'),
    ];
    for (const channel of refused) expect(isAllowed(channel), String(channel)).toBe(false);
  });

  it('an empty allowlist refuses everything', () => {
    expect(createChannelFilter([])(CHANNELS[0])).toBe(false);
  });
});

describe('the preload build', () => {
  it('receives exactly the contract channels, from shared/ipc', () => {
    expect(config.preload?.define?.__DABIAO_CHANNELS__).toBe(JSON.stringify(CHANNELS));
  });

  it('imports nothing but electron and its own folder, so no schema reaches the sandbox', () => {
    const dir = new URL('../../../electron/preload/', import.meta.url);
    const sources = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    for (const name of sources) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const specifiers = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((match) => match[1]);
      for (const specifier of specifiers) expect(specifier, `${name}: ${specifier}`).toMatch(/^(electron|\.\/[\w-]+)$/);
    }
  });
});
