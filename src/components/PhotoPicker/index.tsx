import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { pickAndUpload, type PickedPhoto } from '../../services/upload';
import Button from '../../ui/Button';
import './index.scss';

interface PhotoPickerProps {
  photos: PickedPhoto[];
  max: number;
  onChange: (photos: PickedPhoto[]) => void;
}

/** Up to `max` photos: add from the album or camera, tap × to remove. Uploads as they are added. */
export default function PhotoPicker({ photos, max, onChange }: PhotoPickerProps) {
  const [busy, setBusy] = useState(false);
  async function add() {
    if (busy) return;
    setBusy(true);
    try {
      const added = await pickAndUpload(max - photos.length);
      if (added.length) onChange([...photos, ...added].slice(0, max));
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View>
      <View className="row-wrap">
        {photos.map((p) => (
          <View key={p.fileId} className="row-wrap__item photo-picker__item">
            <Image className="photo-picker__image" src={p.preview} mode="aspectFill" />
            <Text
              className="photo-picker__remove"
              onClick={() => onChange(photos.filter((x) => x.fileId !== p.fileId))}
            >
              ×
            </Text>
          </View>
        ))}
      </View>
      {photos.length < max ? (
        <Button variant="outline" size="medium" loading={busy} onClick={add}>
          {photos.length ? '再添加照片' : '添加照片（选填）'}
        </Button>
      ) : null}
      <Text className="muted photo-picker__hint">最多 {max} 张，可拍下现场、材料或告知单</Text>
    </View>
  );
}
