import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { openDownload } from '../../services/download';
import { runExport, type ExportKind } from '../../services/export';
import Button from '../../ui/Button';

interface ExportsProps {
  range: { from: string; to: string };
  departmentId?: string;
  /** The rankings file ranks what the page ranks: departments for the office, else staff. */
  rankBy: 'department' | 'staff';
}

const KINDS: { kind: ExportKind; label: string }[] = [
  { kind: 'evaluations', label: '评价明细' },
  { kind: 'complaints', label: '投诉明细' },
  { kind: 'rankings', label: '满意率排名' },
];

/** Excel files of the period shown above; a large one shows how far it has got. */
export default function Exports({ range, departmentId, rankBy }: ExportsProps) {
  const [running, setRunning] = useState<ExportKind | null>(null);
  const [progress, setProgress] = useState('');
  const start = async (kind: ExportKind) => {
    setRunning(kind);
    setProgress('正在准备…');
    try {
      const out = await runExport({ kind, ...range, departmentId, by: rankBy }, (p) =>
        setProgress(p.rowsTotal ? `正在生成：已写入 ${p.rowsDone.toLocaleString()} / ${p.rowsTotal.toLocaleString()} 行` : '正在生成…'),
      );
      if (out.status !== 'done' || !out.url) throw new Error('导出未完成，请稍后在此重试');
      setProgress(`已生成 ${out.fileName}（${out.rowsDone} 行）`);
      await openDownload(out.url, out.fileName);
    } catch (err) {
      setProgress('');
      toast(messageOf(err));
    } finally {
      setRunning(null);
    }
  };
  return (
    <View className="block exports">
      <Text className="block__title">导出 Excel</Text>
      <View className="exports__buttons">
        {KINDS.map((k) => (
          <View key={k.kind} className="exports__button">
            <Button variant="outline" size="small" loading={running === k.kind} disabled={running !== null && running !== k.kind} onClick={() => void start(k.kind)}>
              {k.label}
            </Button>
          </View>
        ))}
      </View>
      {progress ? <Text className="muted exports__progress" aria-live="polite">{progress}</Text> : null}
      <Text className="muted">评价明细不含任何评价人信息；投诉明细不含投诉人信息和电话。</Text>
    </View>
  );
}
