// A prerender worker thread: loads the server bundle and writes the pages it is given.
// Plain JavaScript on purpose: a worker starts without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';

const server = await import(workerData.serverEntry);
await server.ready;
const sizes = workerData.jobs.map((job) => [job.path, server.writeDocument(workerData.context, job)]);
parentPort.postMessage(sizes);
