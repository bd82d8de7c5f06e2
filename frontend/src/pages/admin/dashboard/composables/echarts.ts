/** The tree-shaken ECharts build the dashboard needs: pie and line charts on the canvas renderer. */
import { LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use, type ECharts } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([PieChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export { init, type ECharts }
