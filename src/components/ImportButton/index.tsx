import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { toast } from '../../lib/toast';
import { isApiError, messageOf } from '../../services/api-error';
import { pickAndUploadSheet } from '../../services/sheet-upload';
import Button from '../../ui/Button';
import './index.scss';

interface ImportButtonProps {
  label: string;
  /** Runs the import with the uploaded file; answers what to tell the user. */
  run: (fileId: string) => Promise<string>;
}

/** Picks an .xlsx, uploads it and imports it; a refused import lists each bad row. */
export default function ImportButton({ label, run }: ImportButtonProps) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const start = async () => {
    setBusy(true);
    setProblems([]);
    try {
      const fileId = await pickAndUploadSheet();
      if (!fileId) return;
      toast(await run(fileId), true);
    } catch (err) {
      if (isApiError(err, 'REQUEST.INVALID') && err.issues.length) setProblems(err.issues.map((i) => i.message));
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="import-button">
      <Button variant="outline" size="small" loading={busy} onClick={() => void start()}>
        {label}
      </Button>
      {problems.length ? (
        <View className="import-button__problems" role="alert">
          <Text className="import-button__title">未导入，请修改后重新上传：</Text>
          {problems.map((p) => (
            <Text key={p} className="import-button__problem">
              {p}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
