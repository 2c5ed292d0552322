// Placeholder until the demo seed lands.
export async function seedDemoOnce(): Promise<void> {}
export async function describeDemoLogins(): Promise<string> {
  return "";
}
