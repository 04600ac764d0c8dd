// File uploads that report their progress: fetch() cannot tell how much of a request body has been sent,
// XMLHttpRequest's upload events can. Same-origin, so the session cookie goes along as with every API call.

export interface UploadAnswer {
  status: number;
  /** The parsed JSON answer, or null when there was none. */
  body: unknown;
}

export interface UploadOptions {
  /** The multipart field the file travels in. */
  field?: string;
  /** 0 to 1, as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** POSTs `file` as multipart/form-data; resolves with any HTTP answer, rejects when none came (offline, aborted). */
export function uploadFile(url: string, file: Blob, { field = 'file', onProgress, signal }: UploadOptions = {}): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    request.setRequestHeader('accept', 'application/json');
    // Progress listeners must be attached before send(), or the browser may not report upload progress at all.
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('load', () => resolve({ status: request.status, body: request.response as unknown }));
    request.addEventListener('error', () => reject(new Error('The Hotgigs server could not be reached. Check your connection and try again.')));
    request.addEventListener('abort', () => reject(new DOMException('The upload was cancelled.', 'AbortError')));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append(field, file);
    request.send(form);
  });
}

/** The sentence to show for a refused or failed upload: the server's own when it gave one. */
export function describeUploadFailure({ status, body }: UploadAnswer): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof message === 'string' && message.trim()) return message;
  if (status === 413) return 'The file is too large.';
  if (status === 401) return 'Your session has ended: sign in again, then retry.';
  if (status >= 500) return 'Something went wrong on our side. Please try again.';
  return `The upload was refused (HTTP ${status}).`;
}

/** "1.5 MB", "820 KB": file sizes as people read them. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
