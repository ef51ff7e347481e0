// The 表彰 routes (docs/http-api.md "表彰") for one contest, answers parsed with the schemas the
// server is typed by; the seal image is fetched with the host token into a data: URL.
import { CertificatesInfo, type CertificateSettings } from '../../../shared/honours/schema.ts';
import { request } from '../api.ts';
import { useAuth } from '../auth.ts';

export type Who = 'champions' | 'top' | 'picked';

const base = (contestId: string) => `/contests/${encodeURIComponent(contestId)}/certificates`;

export const honoursApi = {
  get: (contestId: string) => request(CertificatesInfo, 'GET', base(contestId)),
  save: (contestId: string, settings: CertificateSettings) => request(CertificatesInfo, 'PUT', base(contestId), settings),
  uploadSeal: (contestId: string, png: Blob) => request(CertificatesInfo, 'PUT', `${base(contestId)}/seal`, png),
  removeSeal: (contestId: string) => request(CertificatesInfo, 'DELETE', `${base(contestId)}/seal`),
  /** The stored seal as a data: URL for <img> (the page's CSP allows data: images, not blob:), or null. */
  async sealUrl(contestId: string): Promise<string | null> {
    const res = await fetch(`/api${base(contestId)}/seal.png`, { headers: { authorization: `Bearer ${useAuth.getState().token ?? ''}` } });
    if (!res.ok) return null;
    const blob = await res.blob();
    return new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
  },
  /** The PDF's address for a choice (downloaded with the token by downloadFile). */
  pdfUrl(contestId: string, who: Who, n: number, ids: readonly string[]): string {
    const q = new URLSearchParams({ who, ...(who === 'top' ? { n: String(n) } : {}), ...(who === 'picked' ? { ids: ids.join(',') } : {}) });
    return `/api${base(contestId)}.pdf?${q.toString()}`;
  },
};
