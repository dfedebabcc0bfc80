// Placeholder until the Action lands.
export async function run(): Promise<void> {}
