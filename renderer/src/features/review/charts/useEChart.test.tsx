// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReviewChartOption } from './chart-options';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type ClickHandler = (event: { dataIndex: number }) => void;
const chart = {
  on: vi.fn<(name: string, handler: ClickHandler) => void>(),
  setOption: vi.fn(),
  resize: vi.fn(),
  dispose: vi.fn(),
};
const init = vi.fn((_element: HTMLElement) => chart);
vi.mock('./echarts-setup', () => ({ init }));

let resizeCallback: (() => void) | undefined;
const disconnect = vi.fn();
class FakeResizeObserver {
  constructor(callback: () => void) {
    resizeCallback = callback;
  }
  observe = vi.fn();
  disconnect = disconnect;
}
vi.stubGlobal('ResizeObserver', FakeResizeObserver);

const { useEChart } = await import('./useEChart');

function Chart({ option, onClick }: { option: ReviewChartOption; onClick?: (index: number) => void }) {
  const { ref } = useEChart(option, onClick);
  return <div ref={ref} data-testid="chart" />;
}

let root: Root;
let container: HTMLDivElement;
const optionA: ReviewChartOption = { series: [{ type: 'bar', data: [1] }] };
const optionB: ReviewChartOption = { series: [{ type: 'bar', data: [2] }] };
/** Lets the dynamic import and the state updates after it settle. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useEChart', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => container.remove());

  it('draws into its element, replaces the option on change, resizes with the element, disposes on unmount', async () => {
    act(() => root.render(<Chart option={optionA} />));
    await settle();
    expect(init).toHaveBeenCalledWith(container.querySelector('[data-testid=chart]'), undefined, {
      renderer: 'canvas',
    });
    expect(chart.setOption).toHaveBeenLastCalledWith(optionA, { notMerge: true });

    act(() => root.render(<Chart option={optionB} />));
    expect(chart.setOption).toHaveBeenLastCalledWith(optionB, { notMerge: true });

    resizeCallback?.();
    expect(chart.resize).toHaveBeenCalledTimes(1);

    act(() => root.unmount());
    expect(chart.dispose).toHaveBeenCalledTimes(1);
    expect(disconnect).toHaveBeenCalled();
    expect(init).toHaveBeenCalledTimes(1);
  });

  it('passes the data index of a clicked item to the latest handler', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    act(() => root.render(<Chart option={optionA} onClick={first} />));
    await settle();
    act(() => root.render(<Chart option={optionA} onClick={latest} />));
    const [name, handler] = chart.on.mock.calls[0] ?? [];
    expect(name).toBe('click');
    handler?.({ dataIndex: 2 });
    expect(latest).toHaveBeenCalledWith(2);
    expect(first).not.toHaveBeenCalled();
    act(() => root.unmount());
  });

  it('creates no chart when unmounted before ECharts has loaded', async () => {
    act(() => root.render(<Chart option={optionA} />));
    act(() => root.unmount());
    await settle();
    expect(init).not.toHaveBeenCalled();
  });
});
