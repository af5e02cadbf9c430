import { run } from './main.js';

// Exit as soon as the report is written: a probe's lingering socket must not hold the job.
void run().finally(() => process.exit());
