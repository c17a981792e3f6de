/** The alert area: refused files and links, with every problem and where it is. */
import type { Alert } from '../state/lab.ts';

/** Shows the current alert (role="alert"), or nothing. */
export function AlertArea({ alert, onDismiss }: { alert: Alert | null; onDismiss: () => void }) {
  return (
    <div role="alert" className={alert ? 'alert' : 'alert empty'}>
      {alert && (
        <>
          <p>{alert.message}</p>
          {alert.problems && alert.problems.length > 0 && (
            <ul className="problems">
              {alert.problems.map((q, i) => (
                <li key={i} data-pointer={q.pointer}>
                  <code>{q.file}</code> at <code>{q.pointer || '/'}</code>: {q.message}
                  {q.expected ? `; expected ${q.expected}` : ''}
                  {q.found !== undefined ? `; found ${q.found}` : ''}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
