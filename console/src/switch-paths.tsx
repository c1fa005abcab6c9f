// A subscription's mid-term upgrade paths, as the partner reads them (GET …/subscriptions/{id}/
// offer-switch-paths), each with a button that previews switching all its licences (PREVIEW_SWITCH
// with prices).
import { partner } from './partner-api.js';
import { Answer, usePartnerCall } from './partner.js';
import { ErrorBox } from './ui.js';

interface Target { targetBaseOfferId: string; sequence: number; switchType: string }
interface Paths { productUpgrades?: Array<{ sourceBaseOfferId: string; targetList: Target[] }> }

export function SwitchPaths({ customerId, subscriptionId, quantity }: { customerId: string; subscriptionId: string; quantity: number }) {
  const paths = usePartnerCall();
  const preview = usePartnerCall();
  const base = `/v3/customers/${encodeURIComponent(customerId)}`;
  const targets = paths.answer && !paths.answer.error ? (paths.answer.body as Paths).productUpgrades?.[0]?.targetList ?? [] : undefined;
  const previewSwitch = (offerId: string) => preview.send(() => partner.call('POST', `${base}/orders?fetch-price=true`, {
    orderType: 'PREVIEW_SWITCH',
    lineItems: [{ extLineItemNumber: 1, offerId, quantity }],
    cancellingItems: [{ extLineItemNumber: 1, referenceLineItemNumber: 1, subscriptionId, quantity }],
  }));
  return (
    <div data-testid="switch-paths">
      <button disabled={paths.busy} onClick={() => void paths.send(() => partner.call('GET', `${base}/subscriptions/${encodeURIComponent(subscriptionId)}/offer-switch-paths`))}>Switch paths</button>
      {paths.error && <ErrorBox error={{ message: paths.error.message, additionalDetails: paths.error.additionalDetails }} />}
      {paths.answer?.error && <ErrorBox error={paths.answer.error} />}
      {targets && (targets.length ? (
        <ul class="small">{targets.map((t) => (
          <li key={t.targetBaseOfferId}><span class="mono">{t.targetBaseOfferId}</span> {t.switchType}{' '}
            <button disabled={preview.busy} onClick={() => void previewSwitch(t.targetBaseOfferId)}>Preview switch of {quantity}</button></li>
        ))}</ul>
      ) : <p class="small muted">No upgrade paths.</p>)}
      {preview.error && <ErrorBox error={{ message: preview.error.message, additionalDetails: preview.error.additionalDetails }} />}
      <Answer answer={preview.answer} linked={false} />
    </div>
  );
}
