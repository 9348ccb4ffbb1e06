// Server files (an account's documents) answer only with the bearer token: fetched, then handed
// to the browser as a blob URL (as Approvals does).
import { sameOrigin } from './screens/Approvals';

export async function downloadWithToken(url: string, filename: string, token: string | null, lang: string): Promise<boolean> {
  try {
    const res = await fetch(sameOrigin(url, location.origin), { headers: { Authorization: 'Bearer ' + token, 'Accept-Language': lang } });
    if (!res.ok) return false;
    const blobUrl = URL.createObjectURL(await res.blob());
    const link = document.createElement('a');
    link.href = blobUrl;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
    return true;
  } catch {
    return false;
  }
}
