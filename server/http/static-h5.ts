import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** One process is the product: the built H5 app is served at `/`, the API under `/api/`. */
export async function serveH5(app: FastifyInstance, h5Dir: string): Promise<void> {
  if (!existsSync(path.join(h5Dir, 'index.html'))) {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><title>娘家人</title><p>前端尚未构建。请运行 <code>npm run build:h5</code> 后刷新，或直接使用 <code>npm start</code>。</p>')
    )
    return
  }
  await app.register(fastifyStatic, {
    root: h5Dir,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    // Hashed assets can be cached for long; index.html must always be fresh.
    setHeaders: (reply, filePath) => {
      reply.header('Cache-Control', filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable')
    }
  })
}
