// The Action's entry point: run() only.
import { run } from './main.ts';

await run();
