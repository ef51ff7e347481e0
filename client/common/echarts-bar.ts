// The slice of ECharts the 对标 chart needs (a bar chart, its grid and tooltip, drawn as SVG),
// loaded only when a chart is first shown, by the host console and the projector alike.
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export { echarts };
