// A prerender worker thread: loads the server bundle, then writes each batch of pages it is sent
// and answers with their sizes. Plain JavaScript on purpose: a worker starts without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';

const server = await import(workerData.serverEntry);
await server.ready;
parentPort.on('message', (jobs) => {
  parentPort.postMessage(jobs.map((job) => [job.path, server.writeDocument(workerData.context, job)]));
});
