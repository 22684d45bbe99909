import { View } from '@tarojs/components';
import { LEVELS } from '../../lib/levels';
import Button from '../../ui/Button';

interface LevelButtonsProps {
  /** The level being sent, or null. While sending, every button is inert. */
  sending: number | null;
  onPick: (level: number) => void;
}

const THEME = { 5: 'primary', 4: 'primary', 3: 'default', 2: 'danger', 1: 'danger' } as const;

/** Five big buttons, one tap each: the evaluation is saved by the tap itself. */
export default function LevelButtons({ sending, onPick }: LevelButtonsProps) {
  return (
    <View className="level-buttons">
      {LEVELS.map(({ level, label }) => (
        <View key={level} className="level-buttons__item">
          <Button
            theme={THEME[level]}
            variant={level === 5 ? 'base' : 'outline'}
            size="large"
            block
            loading={sending === level}
            disabled={sending !== null && sending !== level}
            onClick={() => onPick(level)}
          >
            {label}
          </Button>
        </View>
      ))}
    </View>
  );
}
