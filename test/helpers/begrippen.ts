import * as v from 'valibot';
import { BegrippenSchema } from '../../src/inhoud/begrippen.schema.js';

/** De fouten van begrippen-inhoud tegen het schema; leeg als alles klopt. */
export function valideerBegrippen(invoer: unknown): string[] {
  const uitkomst = v.safeParse(BegrippenSchema, invoer);
  return uitkomst.success ? [] : uitkomst.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`);
}
