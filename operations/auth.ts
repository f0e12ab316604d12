/** The operator's token, as every operator call carries it: `Bearer <token>`, compared in constant time. */
import { timingSafeEqual } from 'node:crypto';

/** Whether `authorization` (a header's value) carries `token`; never, when there is no token to carry. */
export function bearerMatches(authorization: string | undefined, token: string | undefined): boolean {
  if (token === undefined || authorization === undefined) return false;
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(authorization);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
