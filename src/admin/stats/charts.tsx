/**
 * Charts drawn with plain views and CSS widths/heights: they render the same in WeChat and in
 * the browser and cost no chart library in the admin subpackage.
 */
import { Text, View } from '@tarojs/components';

export function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <View className="figure">
      <Text className="figure__value">{value}</Text>
      <Text className="figure__label">{label}</Text>
      {note ? <Text className="figure__note">{note}</Text> : null}
    </View>
  );
}

/** A horizontal bar per row, its length the share of the largest. */
export function Bars({ rows }: { rows: { label: string; value: number; text: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <View>
      {rows.map((r) => (
        <View key={r.label} className="bar">
          <Text className="bar__label">{r.label}</Text>
          <View className="bar__track">
            <View className="bar__fill" style={{ width: `${(r.value / max) * 100}%` }} />
          </View>
          <Text className="bar__text">{r.text}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * Vertical columns over time, heights as a share of 100 %; a column without a value (no or too
 * few evaluations) is drawn hollow with its reason under it, so a gap is not read as zero.
 */
export function Columns({
  rows,
}: {
  rows: { key: string; label: string; value: number | null; text: string; title: string }[];
}) {
  return (
    <View className="columns" role="list">
      {rows.map((r) => (
        <View key={r.key} className="columns__item" role="listitem" aria-label={r.title}>
          <Text className="columns__text">{r.text}</Text>
          <View className="columns__track">
            {r.value === null ? (
              <View className="columns__fill columns__fill--none" />
            ) : (
              <View className="columns__fill" style={{ height: `${Math.max(2, r.value * 100)}%` }} />
            )}
          </View>
          <Text className="columns__label">{r.label}</Text>
        </View>
      ))}
    </View>
  );
}
