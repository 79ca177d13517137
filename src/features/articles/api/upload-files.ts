import { addArticlesResponseSchema, apiErrorSchema, type AddArticlesResponse } from '../../../contract/api';
import { ApiRequestError, apiUrl } from '../../../lib/api-client';

/**
 * Uploads files as multipart with progress (fetch has no upload progress, XMLHttpRequest does).
 * Resolves with the added articles or rejects with ApiRequestError, whose body names the failing files.
 */
export type FileMeta = Record<string, { title?: string; outlet?: string; published?: string; url?: string }>;

/** A name for one upload, so its progress events can be told apart (getRandomValues works on plain http too). */
export function newUploadId(): string {
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function uploadFiles(storyId: string, files: File[], onProgress: (fraction: number) => void, meta: FileMeta = {}, uploadId?: string): Promise<AddArticlesResponse> {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  // Only what the reviewer typed; blank fields leave the file's own front matter in charge.
  const typed = Object.fromEntries(Object.entries(meta).map(([name, m]) => [name, Object.fromEntries(Object.entries(m).filter(([, v]) => v))]));
  form.append('meta', JSON.stringify(typed));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/stories/${storyId}/articles`, { uploadId }));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiRequestError(0, 'network', 'The upload failed: the server could not be reached.', null));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(addArticlesResponseSchema.parse(body));
        return;
      }
      const err = apiErrorSchema.safeParse(body);
      reject(new ApiRequestError(xhr.status, err.success ? err.data.error.code : 'http_error', err.success ? err.data.error.message : `Upload failed with HTTP ${xhr.status}.`, body));
    };
    xhr.send(form);
  });
}
