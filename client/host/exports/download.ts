// Downloads a file from the host API. The exports need the Authorization header, which a plain
// <a href> cannot send, so: fetch → blob → object URL → a temporary <a download>.
import { clearToken, useAuth } from '../auth.ts';

export type ExportFile = 'report.pdf' | 'results.csv' | 'results.xlsx' | 'judge-cards.pdf' | 'ballot-slips.pdf';

/** The Chinese name each file is saved under, matching what the server suggests. */
const SUFFIX: Record<ExportFile, string> = {
  'report.pdf': '成绩报告.pdf',
  'results.csv': '评分明细.csv',
  'results.xlsx': '成绩.xlsx',
  'judge-cards.pdf': '评委入场卡.pdf',
  'ballot-slips.pdf': '测评票.pdf',
};

export function exportName(title: string, file: ExportFile): string {
  return fileName(title, SUFFIX[file]);
}

/** `<title>-<suffix>`, the title made safe for a file name. */
export function fileName(title: string, suffix: string): string {
  // Characters Windows refuses in file names become "_".
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 80) || '擂台赛';
  return `${safe}-${suffix}`;
}

export type DownloadResult = { ok: true; name: string } | { ok: false; status: number; message: string | null };

export function downloadExport(contestId: string, file: ExportFile, title: string): Promise<DownloadResult> {
  return downloadFile(`/api/contests/${encodeURIComponent(contestId)}/${file}`, exportName(title, file));
}

/** Any host-token download (a contest's exports, a series' poster and reports), saved as `name`. */
export async function downloadFile(url: string, name: string): Promise<DownloadResult> {
  const token = useAuth.getState().token ?? '';
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, status: 0, message: null };
  }
  if (!res.ok) {
    if (res.status === 401) clearToken();
    return { ok: false, status: res.status, message: await errorMessage(res) };
  }
  const blob = await res.blob();
  const objectUrl = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = objectUrl;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken its copy once the click is handled; free the blob a little later.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  return { ok: true, name };
}

/** The server's own words from `{ error: { message } }`, else null (the caller shows the status). */
async function errorMessage(res: Response): Promise<string | null> {
  try {
    const body: unknown = await res.json();
    if (typeof body === 'object' && body !== null && 'error' in body) {
      const err = (body as { error: unknown }).error;
      if (typeof err === 'object' && err !== null && 'message' in err && typeof err.message === 'string') return err.message;
    }
  } catch {
    // not JSON: fall back to the status
  }
  return null;
}
