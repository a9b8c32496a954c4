import type { ECElementEvent, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import type { ReviewChartOption } from './chart-options';

type Setup = typeof import('./echarts-setup');
const loadSetup = (): Promise<Setup> => import('./echarts-setup');

export interface EChartHandle {
  /** Give to the element the chart draws into (it needs a height). */
  ref: (element: HTMLDivElement | null) => void;
  /** A failure to load or draw: the text alternative beside the chart still tells the figures. */
  error: unknown;
}

/**
 * One chart in one div: created when the element and ECharts are both there, options replaced
 * on change, resized with its element (a ResizeObserver, not the window: the side panel and
 * drawers resize it too), disposed on unmount. `onClick` gets the data index of a clicked item.
 */
export function useEChart(option: ReviewChartOption, onClick?: (dataIndex: number) => void): EChartHandle {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [error, setError] = useState<unknown>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  });

  useEffect(() => {
    if (!element) return;
    let disposed = false;
    let instance: EChartsType | null = null;
    const observer = new ResizeObserver(() => instance?.resize());
    loadSetup()
      .then(({ init }) => {
        if (disposed) return;
        instance = init(element, undefined, { renderer: 'canvas' });
        instance.on('click', (event: ECElementEvent) => clickRef.current?.(event.dataIndex));
        observer.observe(element);
        setChart(instance);
      })
      .catch((failure: unknown) => {
        if (!disposed) setError(failure);
      });
    return () => {
      disposed = true;
      observer.disconnect();
      instance?.dispose();
      setChart(null);
    };
  }, [element]);

  useEffect(() => {
    // notMerge: a scope with fewer places must not keep the bars of the previous one.
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  return { ref: setElement, error };
}
