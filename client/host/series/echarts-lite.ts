// The slice of ECharts the trend chart needs (a line chart, its grid, legend and tooltip, drawn
// as SVG), loaded only when a trend is first shown: the host console's first load stays small.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
