import CardView from '../../components/CardView';
import ComplainEntry from '../../components/ComplainEntry';
import EvaluationPanel from '../../components/EvaluationPanel';
import LargeTextToggle from '../../components/LargeTextToggle';
import NotifyMe from '../../components/NotifyMe';
import PageShell from '../../components/PageShell';
import StateView from '../../components/StateView';
import { usePageCard } from '../../lib/use-page-card';

const NOT_FOUND = { 'CARD.NOT_FOUND': '未找到该监督卡', 'REQUEST.INVALID': '未找到该监督卡' };

/** What a resident sees after scanning a card: the card and its state, 办结时通知我, the one-tap evaluation, and 投诉. */
export default function CardPage() {
  const { state, reload } = usePageCard();
  return (
    <PageShell>
      <LargeTextToggle />
      <StateView state={state} onRetry={reload} notFound={NOT_FOUND}>
        {(card) => (
          <>
            <CardView card={card} />
            <NotifyMe card={card} onDone={reload} />
            <EvaluationPanel target={{ cardId: card.cardId }} mine={card.myEvaluation} onReload={reload} />
            <ComplainEntry target={{ cardId: card.cardId }} />
          </>
        )}
      </StateView>
    </PageShell>
  );
}
