import type { UploadProgress } from '../api/queries';

/**
 * Where an upload is: the files being sent (the browser counts the bytes), then read and analysed on the
 * server one by one, then the story regrouped and saved (the server says so in live events).
 */
export function UploadProgressBar({ sent, server }: { sent: number; server: UploadProgress | null }) {
  let label: string;
  let value: number | undefined;
  if (!server && sent < 1) {
    label = `Sending the files: ${Math.round(sent * 100)}%`;
    value = sent;
  } else if (!server) label = 'Files sent; waiting for the server…';
  else if (server.phase === 'analysing') {
    label = `Reading and analysing: ${server.done} of ${server.total} file${server.total === 1 ? '' : 's'}`;
    value = server.total ? server.done / server.total : 0;
  } else label = server.phase === 'grouping' ? "Grouping the story's figures into facts…" : 'Saving…';
  return (
    <div role="status" aria-live="polite">
      <progress value={value} max={1} aria-label="Upload progress">{label}</progress>
      <p className="muted" style={{ margin: 0 }}>{label}</p>
    </div>
  );
}
