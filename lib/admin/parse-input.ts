import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf, fieldWordsOf } from "@/lib/validation/field-errors";
import { hasControlCharacters } from "@/lib/validation/has-control-characters";

/** parseInput's refusal of a form, as a constant: the admin routes word it in the site's language. */
export const CORRECT_FIELDS_MESSAGE = "Please correct the highlighted fields.";

/** Parses form input with zod, or throws INVALID_INPUT with one message per field (control characters anywhere: refused). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  if (hasControlCharacters(input)) throw new AppError("INVALID_INPUT", "Remove the control characters (such as NUL) from the form.");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", CORRECT_FIELDS_MESSAGE, fieldErrorsOf(parsed.error), undefined, fieldWordsOf(parsed.error));
  return parsed.data;
}
