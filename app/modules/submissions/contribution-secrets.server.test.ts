import { describe, expect, it } from "vitest";
import { maxFieldCharacters } from "~/modules/forms/form-values";
import { answerTextProblem, maxAnswerCharacters } from "./answer-text";
import {
  draftTokenForStart,
  generateFormKey,
  idempotencyDigest,
  isDraftToken,
  isFormKey,
  normaliseReceiptCode,
  randomDraftToken,
  receiptCodeFor,
  receiptLookupFor,
} from "./contribution-secrets.server";

describe("receipt codes", () => {
  it("are 24 base32 characters (120 bits) in six groups, the same for the same browser and form, different otherwise", () => {
    const token = randomDraftToken();
    const form = generateFormKey();
    const code = receiptCodeFor(token, form);
    expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
    expect(receiptCodeFor(token, form)).toBe(code);
    expect(receiptCodeFor(token, generateFormKey())).not.toBe(code);
    expect(receiptCodeFor(randomDraftToken(), form)).not.toBe(code);
    const many = new Set(Array.from({ length: 2000 }, () => receiptCodeFor(randomDraftToken(), generateFormKey())));
    expect(many.size).toBe(2000);
  });

  it("are read however they were typed", () => {
    const code = receiptCodeFor(randomDraftToken(), generateFormKey());
    expect(normaliseReceiptCode(code.toLowerCase().replace(/-/g, " "))).toBe(code);
    expect(normaliseReceiptCode(` ${code.replace(/-/g, "")} `)).toBe(code);
    expect(normaliseReceiptCode("ABCD-EFGH-IJKL-MNOP-QRST-UVW0")).toBe("ABCD-EFGH-IJKL-MNOP-QRST-UVWO");
    expect(normaliseReceiptCode("too short")).toBeNull();
    expect(receiptLookupFor(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(receiptLookupFor(code)).not.toContain(code);
  });
});

describe("draft tokens and form keys", () => {
  it("are random, well-formed, and the first draft token follows from the consent form only", () => {
    const key = generateFormKey();
    expect(isFormKey(key)).toBe(true);
    expect(isFormKey("short")).toBe(false);
    expect(isDraftToken(randomDraftToken())).toBe(true);
    expect(draftTokenForStart(key)).toBe(draftTokenForStart(key));
    expect(isDraftToken(draftTokenForStart(key))).toBe(true);
    expect(draftTokenForStart(generateFormKey())).not.toBe(draftTokenForStart(key));
    expect(idempotencyDigest("start", key)).not.toBe(idempotencyDigest("submit", key));
    expect(idempotencyDigest("start", key)).not.toContain(key);
  });
});

describe("answer text", () => {
  it("allows what people write, in any script, and refuses control characters and damaged text", () => {
    expect(maxAnswerCharacters).toBe(maxFieldCharacters);
    expect(answerTextProblem("Línea uno\nلا أريد\ttab\r\nend 🌱")).toBeNull();
    expect(answerTextProblem("bell\u0007")).toBe("badCharacters");
    expect(answerTextProblem("nul\u0000")).toBe("badCharacters");
    expect(answerTextProblem("c1\u0085")).toBe("badCharacters");
    expect(answerTextProblem("broken \uFFFD bytes")).toBe("badCharacters");
    expect(answerTextProblem("x".repeat(10_001))).toBe("tooLong");
  });
});
