/** Calls to the Dateline API; errors become one-line messages the views show. */
export class ApiFailure extends Error {}

export async function getJson<T>(path: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiFailure('the server cannot be reached');
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const msg = (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`;
    throw new ApiFailure(msg);
  }
  return body as T;
}
