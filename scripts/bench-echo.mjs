// The ceiling for `npm run bench`: a bare fastify endpoint that parses JSON and answers.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/api/echo', async (req) => ({ ok: true, data: req.body }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('echo ready');
