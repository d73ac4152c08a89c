/**
 * The one place ECharts is registered: tree-shaken `use([...])` of exactly the charts and
 * components the app draws. Import this module (side effect) before rendering a <VChart>.
 */
import { use } from 'echarts/core';
import { LineChart, BarChart, PieChart, ScatterChart, CustomChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, DatasetComponent,
  MarkLineComponent, MarkAreaComponent, VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, PieChart, ScatterChart, CustomChart, GridComponent, TooltipComponent, LegendComponent,
  TitleComponent, DatasetComponent, MarkLineComponent, MarkAreaComponent, VisualMapComponent, CanvasRenderer]);

export { default as VChart } from 'vue-echarts';
