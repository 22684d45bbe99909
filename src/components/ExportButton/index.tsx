import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { openDownload } from '../../services/download';
import { runExport, type ExportCall } from '../../services/export';
import Button from '../../ui/Button';
import './index.scss';

interface ExportButtonProps {
  label: string;
  request: () => ExportCall;
  /** Another export is running elsewhere on the page. */
  disabled?: boolean;
  onRunning?: (running: boolean) => void;
}

/** Builds an Excel file on the server, shows how far it has got, then downloads (or opens) it. */
export default function ExportButton({ label, request, disabled, onRunning }: ExportButtonProps) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState('');
  const start = async () => {
    setRunning(true);
    onRunning?.(true);
    setProgress('正在准备…');
    try {
      const out = await runExport(request(), (p) =>
        setProgress(
          p.rowsTotal
            ? `正在生成：已写入 ${p.rowsDone.toLocaleString()} / ${p.rowsTotal.toLocaleString()} 行`
            : '正在生成…',
        ),
      );
      if (out.status !== 'done' || !out.url) throw new Error('导出未完成，请稍后重试');
      setProgress(`已生成 ${out.fileName}（${out.rowsDone} 行）`);
      await openDownload(out.url, out.fileName);
    } catch (err) {
      setProgress('');
      toast(messageOf(err));
    } finally {
      setRunning(false);
      onRunning?.(false);
    }
  };
  return (
    <View className="export-button">
      <Button
        variant="outline"
        size="small"
        loading={running}
        disabled={disabled && !running}
        onClick={() => void start()}
      >
        {label}
      </Button>
      {progress ? (
        <Text className="muted export-button__progress" aria-live="polite">
          {progress}
        </Text>
      ) : null}
    </View>
  );
}
