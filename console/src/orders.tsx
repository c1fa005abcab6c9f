// A customer's orders and subscriptions: as the simulator keeps them, with what the sandbox portal
// does by hand (complete or fail an order, move its date, arm a failure, seed or deactivate a
// subscription), the partner's own order call (PREVIEW with prices, NEW, RETURN) and a subscription's
// mid-term upgrade paths (switch-paths.tsx).
import { useState } from 'preact/hooks';
import type { ControlPlane, Customer } from './api.js';
import { partner } from './partner-api.js';
import { Answer, usePartnerCall } from './partner.js';
import { SwitchPaths } from './switch-paths.js';
import { ErrorBox, Section, seconds, useAction, useLoad } from './ui.js';

const ORDER_STATUSES: Record<string, string> = {
  '1000': 'complete', '1002': 'open', '1004': 'failed', '1008': 'cancelled', '1020': 'failed: distributor inactive',
  '1022': 'failed: reseller inactive', '1024': 'failed: customer inactive', '1026': 'failed: invalid customer',
};
/** The statuses an order can fail with (the control plane's contract lists them). */
type FailureStatus = Parameters<ControlPlane['failNextOrder']>[1];
const FAILURES: FailureStatus[] = ['1004', '1020', '1022', '1024', '1026'];
const orderStatus = (s: string) => `${s} ${ORDER_STATUSES[s] ?? ''}`.trim();
const daysBefore = (iso: string, days: number) => new Date(Date.parse(iso) - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The partner places an order: PREVIEW (with prices), NEW, or RETURN of an order's line. */
function PlaceOrder({ customerId }: { customerId: string }) {
  const { send, answer, busy, error } = usePartnerCall();
  const [f, setF] = useState({ orderType: 'PREVIEW', offerId: '65304479CA01A12', quantity: '10', referenceOrderId: '' });
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const place = () => send(() => {
    const body = {
      orderType: f.orderType, ...(f.orderType === 'RETURN' ? { referenceOrderId: f.referenceOrderId } : {}),
      lineItems: [{ extLineItemNumber: 1, offerId: f.offerId, quantity: Number(f.quantity) }],
    };
    return partner.call('POST', `/v3/customers/${encodeURIComponent(customerId)}/orders${f.orderType === 'PREVIEW' ? '?fetch-price=true' : ''}`, body);
  });
  return (
    <>
      <form class="grid" aria-label="Place an order as the partner" onSubmit={(e) => { e.preventDefault(); void place(); }}>
        <label>Type <select name="order-type" value={f.orderType} onChange={set('orderType')}>
          {['PREVIEW', 'NEW', 'RETURN'].map((t) => <option key={t} value={t}>{t}</option>)}
        </select></label>
        <label>Offer id <input name="order-offerId" value={f.offerId} onInput={set('offerId')} size={16} /></label>
        <label>Quantity <input name="order-quantity" value={f.quantity} onInput={set('quantity')} size={5} inputMode="numeric" /></label>
        {f.orderType === 'RETURN' && <label>Order returned <input name="order-referenceOrderId" value={f.referenceOrderId} onInput={set('referenceOrderId')} size={11} /></label>}
        <button type="submit" disabled={busy}>Send order</button>
      </form>
      {error && <ErrorBox error={{ message: error.message, additionalDetails: error.additionalDetails }} />}
      <Answer answer={answer} linked={false} />
    </>
  );
}

export function Orders({ customer }: { customer: Customer }) {
  const id = customer.customerId;
  const { value: orders, error: loadError } = useLoad((api) => api.orders(id), [id], 2000);
  const { run, error, busy } = useAction();
  const [failure, setFailure] = useState('1004');
  return (
    <Section title="Orders">
      <ErrorBox error={loadError} />
      {orders?.length ? (
        <table data-testid="orders">
          <thead><tr><th>Order</th><th>Type</th><th>Status</th><th>Created</th><th>Lines</th><th></th></tr></thead>
          <tbody>{[...orders].reverse().map((o) => (
            <tr key={o.orderId} data-order-id={o.orderId}>
              <td class="mono">{o.orderId}{o.referenceOrderId && <div class="small muted">{o.orderType === 'REVERT_SWITCH' ? 'reverts' : 'returns'} {o.referenceOrderId}</div>}</td>
              <td>{o.orderType}</td>
              <td data-testid="order-status">{orderStatus(o.status)}{o.completesAt && <div class="small muted">settles {seconds(o.completesAt)}</div>}</td>
              <td class="small nowrap">{seconds(o.creationDate)}</td>
              <td class="small">{o.lineItems.map((l) => <div key={l.extLineItemNumber}><span class="mono">{l.offerId}</span> × {l.quantity} <span class="muted">{l.status}</span></div>)}
                {o.cancellingItems?.map((c) => <div key={`c${c.extLineItemNumber}`} class="muted">from <span class="mono" title={c.subscriptionId}>{c.offerId}</span> × {c.quantity}</div>)}</td>
              <td class="nowrap">
                {o.status === '1002'
                  ? <><button disabled={busy} onClick={() => run((api) => api.updateOrder(id, o.orderId, { status: '1000' }))}>Complete now</button>
                    <button disabled={busy} onClick={() => run((api) => api.updateOrder(id, o.orderId, { status: failure as FailureStatus }))}>Fail ({failure})</button></>
                  : <button disabled={busy} title="Move the creation date 15 days back: out of the 14-day return window" onClick={() => run((api) => api.updateOrder(id, o.orderId, { creationDate: daysBefore(o.creationDate, 15) }))}>15 days older</button>}
              </td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p class="muted">No orders.</p>}
      <form class="grid" aria-label="Arm an order failure" onSubmit={(e) => { e.preventDefault(); void run((api) => api.failNextOrder(id, failure as FailureStatus)); }}>
        <label>Failure status <select name="failure-status" value={failure} onChange={(e) => setFailure(e.currentTarget.value)}>
          {FAILURES.map((s) => <option key={s} value={s}>{orderStatus(s)}</option>)}
        </select></label>
        <button type="submit" disabled={busy}>The next order fails</button>
      </form>
      <ErrorBox error={error} />
      <h3>As the partner: POST /v3/customers/{'{id}'}/orders</h3>
      <PlaceOrder customerId={id} />
    </Section>
  );
}

export function Subscriptions({ customer }: { customer: Customer }) {
  const id = customer.customerId;
  const { value: subscriptions, error: loadError } = useLoad((api) => api.subscriptions(id), [id], 2000);
  const { run, error, busy } = useAction();
  const [f, setF] = useState({ offerId: '65304921CA01A12', quantity: '10' });
  return (
    <Section title="Subscriptions">
      <ErrorBox error={loadError} />
      {subscriptions?.length ? (
        <table data-testid="subscriptions">
          <thead><tr><th>Offer</th><th>Quantity</th><th>Auto-renewal</th><th>Status</th><th>Renews</th><th></th><th>Mid-term upgrade</th></tr></thead>
          <tbody>{subscriptions.map((s) => (
            <tr key={s.subscriptionId} data-subscription-id={s.subscriptionId}>
              <td class="mono small" title={s.subscriptionId}>{s.offerId}</td>
              <td>{s.currentQuantity}</td>
              <td>{s.autoRenewal.enabled ? `on, ${s.autoRenewal.renewalQuantity}` : 'off'}</td>
              <td data-testid="subscription-status">{s.status}</td>
              <td class="small nowrap">{s.renewalDate || '—'}</td>
              <td>{s.status !== '1004' && <button disabled={busy} onClick={() => run((api) => api.updateSubscription(id, s.subscriptionId, { status: '1004' }))}>Deactivate</button>}</td>
              <td>{s.status === '1000' && <SwitchPaths customerId={id} subscriptionId={s.subscriptionId} quantity={s.currentQuantity} />}</td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p class="muted">No subscriptions.</p>}
      <form class="grid" aria-label="Seed a subscription" onSubmit={(e) => { e.preventDefault(); void run((api) => api.seedSubscription(id, { offerId: f.offerId, currentQuantity: Number(f.quantity) })); }}>
        <label>Base offer id <input name="sub-offerId" value={f.offerId} onInput={(e) => setF({ ...f, offerId: e.currentTarget.value })} size={16} /></label>
        <label>Quantity <input name="sub-quantity" value={f.quantity} onInput={(e) => setF({ ...f, quantity: e.currentTarget.value })} size={5} inputMode="numeric" /></label>
        <button type="submit" disabled={busy}>Seed subscription</button>
      </form>
      <ErrorBox error={error} />
    </Section>
  );
}
