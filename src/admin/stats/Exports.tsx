import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import ExportButton from '../../components/ExportButton';

interface ExportsProps {
  range: { from: string; to: string };
  departmentId?: string;
  /** The rankings file ranks what the page ranks: departments for the office, else staff. */
  rankBy: 'department' | 'staff';
  /** Single evaluations (评价明细) are the office's only. */
  isAdmin: boolean;
}

/** Excel files of the period shown above; a large one shows how far it has got. */
export default function Exports({ range, departmentId, rankBy, isAdmin }: ExportsProps) {
  const [busy, setBusy] = useState(false);
  const scope = { ...range, ...(departmentId ? { departmentId } : {}) };
  return (
    <View className="block exports">
      <Text className="block__title">导出 Excel</Text>
      <View className="exports__buttons">
        {isAdmin ? (
          <ExportButton
            label="评价明细"
            disabled={busy}
            onRunning={setBusy}
            request={() => ({ action: 'export.evaluations', payload: scope })}
          />
        ) : null}
        <ExportButton
          label="投诉明细"
          disabled={busy}
          onRunning={setBusy}
          request={() => ({ action: 'export.complaints', payload: scope })}
        />
        <ExportButton
          label="满意率排名"
          disabled={busy}
          onRunning={setBusy}
          request={() => ({ action: 'export.rankings', payload: { ...scope, by: rankBy } })}
        />
      </View>
      <Text className="muted">{isAdmin ? '评价明细不含任何评价人信息；' : ''}投诉明细不含投诉人信息和电话。</Text>
    </View>
  );
}
