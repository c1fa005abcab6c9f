// Reseller change on the customer page: the approval code the customer's administrator generates
// in Admin Console (valid 7 days), the partner's PREVIEW and COMMIT with it (POST /v3/transfers),
// and the transfers that moved the customer.
import { useState } from 'preact/hooks';
import type { Customer } from './api.js';
import { partner } from './partner-api.js';
import { Answer, usePartnerCall } from './partner.js';
import { ErrorBox, Section, useAction, useLoad } from './ui.js';

/** The partner (the console's client, distributor 5000000001) previews or commits the change. */
function TransferForm({ code }: { code: string }) {
  const { send, answer, busy, error } = usePartnerCall();
  const [f, setF] = useState({ action: 'PREVIEW', resellerId: '5556667779' });
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const go = () => send(() => partner.call('POST', '/v3/transfers', { type: 'RESELLER_CHANGE', action: f.action, approvalCode: code, resellerId: f.resellerId }));
  return (
    <>
      <form class="grid" aria-label="Transfer the customer as the partner" onSubmit={(e) => { e.preventDefault(); void go(); }}>
        <label>Action <select name="transfer-action" value={f.action} onChange={set('action')}>
          {['PREVIEW', 'COMMIT'].map((a) => <option key={a} value={a}>{a}</option>)}
        </select></label>
        <label>New reseller <input name="transfer-resellerId" value={f.resellerId} onInput={set('resellerId')} size={12} /></label>
        <button type="submit" disabled={busy || !code}>Send transfer</button>
      </form>
      {error && <ErrorBox error={{ message: error.message, additionalDetails: error.additionalDetails }} />}
      <Answer answer={answer} linked={false} />
    </>
  );
}

export function ResellerChange({ customer }: { customer: Customer }) {
  const id = customer.customerId;
  const { value, error: loadError } = useLoad((api) => api.invoke('getResellerChange', { path: { 'customer-id': id } }), [id]);
  const { run, error, busy } = useAction();
  const code = value?.code;
  return (
    <Section title="Reseller change">
      <ErrorBox error={loadError} />
      <p class="small muted">The customer's administrator generates the approval code in Admin Console and shares it with the new reseller; it is valid 7 days.</p>
      <dl data-testid="reseller-change-code" data-state={code?.state ?? 'NONE'}>
        <dt>Reseller</dt><dd>{value?.resellerId ?? customer.resellerId}</dd>
        <dt>Approval code</dt><dd class="mono">{code ? code.code : '—'}</dd>
        {code && <><dt>Expires</dt><dd>{code.expiresAt} ({code.state.toLowerCase()})</dd></>}
      </dl>
      <button type="button" disabled={busy} onClick={() => run((api) => api.invoke('generateResellerChangeCode', { path: { 'customer-id': id } }))}>Generate approval code</button>
      <ErrorBox error={error} />
      {code && <TransferForm code={code.code} />}
      {value?.transfers.length ? (
        <table data-testid="transfers">
          <thead><tr><th>Transfer</th><th>Created</th><th>From</th><th>To</th><th>Code</th><th>Lines</th></tr></thead>
          <tbody>{value.transfers.map((t) => (
            <tr key={t.transferId} data-transfer-id={t.transferId}>
              <td>{t.transferId}</td><td>{t.creationDate}</td><td>{t.previousResellerId}</td><td>{t.resellerId}</td><td class="mono">{t.approvalCode}</td>
              <td>{t.lineItems.map((l) => `${l.offerId} × ${l.quantity}`).join(', ') || '—'}</td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p class="small muted">No transfer yet.</p>}
    </Section>
  );
}

/** Every committed reseller change of the state, newest first, for the Resellers view. */
export function AllTransfers() {
  const { value: state, error } = useLoad((api) => api.state(), []);
  const transfers = [...(state?.transfers ?? [])].reverse();
  return (
    <>
      <ErrorBox error={error} />
      {transfers.length ? (
        <table data-testid="all-transfers">
          <thead><tr><th>Transfer</th><th>Customer</th><th>From</th><th>To</th><th>Code</th><th>Created</th></tr></thead>
          <tbody>{transfers.map((t) => (
            <tr key={t.transferId} data-transfer-id={t.transferId}>
              <td>{t.transferId}</td><td><a href={`#/customers/${t.customerId}`}>{t.customerId}</a></td>
              <td>{t.previousResellerId}</td><td>{t.resellerId}</td><td class="mono">{t.approvalCode}</td><td>{t.creationDate}</td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p class="small muted">No reseller change yet: a customer generates its approval code on its page (Reseller change).</p>}
    </>
  );
}
