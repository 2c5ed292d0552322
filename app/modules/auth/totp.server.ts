/**
 * Staff second factor: RFC 6238 TOTP (30 s, 6 digits), secrets sealed with
 * the master key at rest, enrolment by QR code rendered as inline SVG on the
 * server (no image service, no client script).
 */
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, verifyTOTPWithGracePeriod } from "@oslojs/otp";
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

export function isValidTotpCode(secret: string, code: string): boolean {
  const digitsOnly = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digitsOnly)) return false;
  return verifyTOTPWithGracePeriod(decodeBase32IgnorePadding(secret), periodSeconds, digits, digitsOnly, gracePeriodSeconds);
}

export async function totpQrCodeSvg(secret: string, username: string): Promise<string> {
  const uri = createTOTPKeyURI("Convene", username, decodeBase32IgnorePadding(secret), periodSeconds, digits);
  return QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
}
