/** Composable: an ECharts instance bound to an element, redrawn when its option changes, resized with it. */
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import type { ChartOption } from './chartOptions'
import { init, type ECharts } from './echarts'

export function useEChart(el: Ref<HTMLElement | null>, option: Ref<ChartOption | null>) {
  const chart = shallowRef<ECharts | null>(null)
  let observer: ResizeObserver | null = null

  function render(): void {
    if (!el.value || !option.value) return
    chart.value ??= init(el.value, undefined, { renderer: 'canvas' })
    // notMerge: a theme switch or fewer models must not leave old series or colours behind.
    chart.value.setOption(option.value, { notMerge: true })
  }

  onMounted(() => {
    render()
    if (el.value) {
      observer = new ResizeObserver(() => chart.value?.resize())
      observer.observe(el.value)
    }
  })
  watch(option, render)
  onBeforeUnmount(() => {
    observer?.disconnect()
    chart.value?.dispose()
    chart.value = null
  })

  return { chart }
}
