import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as register } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * The few pieces of ECharts the dashboard draws with (178 KB gzip, half the full build). Loaded
 * by useEChart on first use, so neither the first screen nor the sampling page pays for it.
 */
register([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
