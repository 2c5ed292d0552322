/**
 * Staff second factor: RFC 6238 TOTP (30 s, 6 digits), secrets sealed with
 * the master key at rest, enrolment by QR code rendered as inline SVG on the
 * server (no image service, no client script).
 */
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, verifyHOTP } from "@oslojs/otp";
import QRCode from "qrcode";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { openValue, sealValue } from "~/modules/crypto/envelope.server";

const periodSeconds = 30;
const digits = 6;
/** Accept the previous code too: phone clocks drift and people type slowly. */
const gracePeriodSeconds = 30;

export function generateTotpSecret(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32UpperCaseNoPadding(bytes);
}

export const totpContext = (staffUserId: string) => `staff-totp:${staffUserId}`;

export function sealTotpSecret(staffUserId: string, secret: string): string {
  return sealValue(secret, getMasterKeyRing(), totpContext(staffUserId));
}

export function openTotpSecret(staffUserId: string, sealed: string): string {
  return openValue(sealed, getMasterKeyRing(), totpContext(staffUserId));
}

/**
 * The time step (30-second counter) whose code this is, within the grace
 * period either side of now, or null. Callers accept a code only if its step
 * is later than the last one accepted, so a code seen over someone's
 * shoulder or replayed from a captured request is refused.
 */
export function totpStepOf(secret: string, code: string, now = Date.now()): number | null {
  const digitsOnly = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digitsOnly)) return null;
  const key = decodeBase32IgnorePadding(secret);
  const first = Math.floor((now - gracePeriodSeconds * 1000) / (periodSeconds * 1000));
  const last = Math.floor((now + gracePeriodSeconds * 1000) / (periodSeconds * 1000));
  for (let step = first; step <= last; step++) {
    if (verifyHOTP(key, BigInt(step), digits, digitsOnly)) return step;
  }
  return null;
}

export async function totpQrCodeSvg(secret: string, username: string): Promise<string> {
  const uri = createTOTPKeyURI("Convene", username, decodeBase32IgnorePadding(secret), periodSeconds, digits);
  return QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
}
