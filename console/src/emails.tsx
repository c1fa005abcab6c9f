// The welcome-email outbox, newest first, each rendered as the recipient would see it.
import { ErrorBox, Section, useAction, useLoad } from './ui.js';

export function EmailsView() {
  const { value: emails, error } = useLoad((api) => api.emails(), [], 3000);
  const { run, error: clearError } = useAction();
  const newestFirst = [...(emails ?? [])].reverse();
  return (
    <Section title="Welcome emails">
      <ErrorBox error={error ?? clearError} />
      <p class="muted">{newestFirst.length} sent <button onClick={() => run((api) => api.clearEmails())}>Clear outbox</button></p>
      {newestFirst.map((m) => (
        <article key={m.emailId} class="email" data-testid="email">
          <header>
            <div><strong>From:</strong> Adobe &lt;message@adobe.com&gt;</div>
            <div><strong>To:</strong> {m.firstName} {m.lastName} &lt;{m.to}&gt;</div>
            <div><strong>Date:</strong> {m.sentAt}</div>
            <div><strong>Subject:</strong> You now have access to Adobe Admin Console</div>
          </header>
          <p>Hi {m.firstName},</p>
          <p>You have been made a System Administrator of your organization's Adobe account. Sign in to the Adobe Admin Console to manage users, products and licences.</p>
          <p class="button-like">Get started</p>
          <footer class="muted small">customer {m.customerId} · template {m.template} · request {m.requestId} · correlation {m.correlationId}</footer>
        </article>
      ))}
    </Section>
  );
}
