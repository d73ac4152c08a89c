import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

/** Whether the element is (at least partly) in the viewport; true where IntersectionObserver is missing. */
export function useOnScreen(el: Ref<Element | { $el: Element } | null | undefined>): Ref<boolean> {
  const on = ref(typeof IntersectionObserver === 'undefined');
  if (on.value) return on;
  const io = new IntersectionObserver((entries) => { on.value = entries.some((e) => e.isIntersecting); });
  watch(el, (node, old) => {
    const raw = (x: typeof node) => (x && '$el' in x ? x.$el : x) as Element | null | undefined;
    if (old) io.unobserve(raw(old)!);
    if (node) io.observe(raw(node)!);
  }, { immediate: true });
  onBeforeUnmount(() => io.disconnect());
  return on;
}
