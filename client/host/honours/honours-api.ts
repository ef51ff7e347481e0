// The 表彰 routes (docs/http-api.md "表彰") for a contest or a series, answers parsed with the
// schemas the server is typed by; the seal image is fetched with the host token into a data: URL.
import { CertificatesInfo, type CertificateChoice, type CertificateSettings } from '../../../shared/honours/schema.ts';
import { request } from '../api.ts';
import { useAuth } from '../auth.ts';

export type Who = CertificateChoice['who'];

/** Whose certificates: a contest's, or a series' (each keeps its own wording and seal). */
export type HonoursOwner = { kind: 'contest' | 'series'; id: string };
/** A series' tier and period: whose standing the recipients come from; `cumulative`: the year so far up to it. */
export type HonoursPlace = { tierId: string; periodId: string; cumulative?: boolean };

const base = (o: HonoursOwner) => `/${o.kind === 'contest' ? 'contests' : 'series'}/${encodeURIComponent(o.id)}/certificates`;
const placeQuery = (place?: HonoursPlace): Record<string, string> => (place ? { tier: place.tierId, period: place.periodId, ...(place.cumulative ? { scope: 'cumulative' } : {}) } : {});

export const honoursApi = {
  /** Settings, seal and recipients; a series without a place answers its settings only. */
  get: (o: HonoursOwner, place?: HonoursPlace) => {
    const q = new URLSearchParams(placeQuery(place)).toString();
    return request(CertificatesInfo, 'GET', q ? `${base(o)}?${q}` : base(o));
  },
  save: (o: HonoursOwner, settings: CertificateSettings) => request(CertificatesInfo, 'PUT', base(o), settings),
  uploadSeal: (o: HonoursOwner, png: Blob) => request(CertificatesInfo, 'PUT', `${base(o)}/seal`, png),
  removeSeal: (o: HonoursOwner) => request(CertificatesInfo, 'DELETE', `${base(o)}/seal`),
  /** The stored seal as a data: URL for <img> (the page's CSP allows data: images, not blob:), or null. */
  async sealUrl(o: HonoursOwner): Promise<string | null> {
    const res = await fetch(`/api${base(o)}/seal.png`, { headers: { authorization: `Bearer ${useAuth.getState().token ?? ''}` } });
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
  pdfUrl(o: HonoursOwner, who: Who, n: number, ids: readonly string[], place?: HonoursPlace): string {
    const q = new URLSearchParams({ ...placeQuery(place), who, ...(who === 'top' ? { n: String(n) } : {}), ...(who === 'picked' ? { ids: ids.join(',') } : {}) });
    return `/api${base(o)}.pdf?${q.toString()}`;
  },
};
