/**
 * Parsing an upload's body: JSON, or a multipart form of files. A 20 MB body takes the parser tens of
 * milliseconds or more, so the analyzer does this too, on a worker thread (the bytes are handed over, not
 * copied). Pure apart from the standard Response and TextDecoder.
 */
import { LIMITS } from '../../contract/api';

export interface FormFile { name: string; size: number; text: string }
export type RequestBody =
  | { ok: true; kind: 'json'; value: unknown }
  | { ok: true; kind: 'form'; files: FormFile[]; fields: Record<string, string> }
  | { ok: false; message: string };

export async function readRequestBody(contentType: string, body: ArrayBuffer): Promise<RequestBody> {
  if (!contentType.startsWith('multipart/form-data')) {
    try {
      return { ok: true, kind: 'json', value: JSON.parse(new TextDecoder().decode(body)) };
    } catch {
      return { ok: false, message: 'the request body is not valid JSON' };
    }
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    return { ok: false, message: 'the request body is not a valid multipart form' };
  }
  const files: FormFile[] = [];
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields[name] ??= value;
    // A file over the limit is refused by name; its text is never decoded.
    else files.push({ name: value.name, size: value.size, text: value.size > LIMITS.fileBytes ? '' : await value.text() });
  }
  return { ok: true, kind: 'form', files, fields };
}
