/**
 * The one place ECharts is registered: tree-shaken `use([...])` of exactly the charts and
 * components the app draws (bar and line charts with grid, tooltip and legend). Register more
 * here when a chart needs them. The SVG renderer is for charts that are printed (the briefing): vector, so crisp on paper. Import this module (side effect) before rendering a <VChart>.
 */
import { use } from 'echarts/core';
import { LineChart, BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer, SVGRenderer]);

export { default as VChart } from 'vue-echarts';
