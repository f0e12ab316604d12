# weft's image: every weft process of docker-compose.yml (relays, drivers, attestors, the chaincode servers,
# the contracts' deployment and the interop set-up) runs from it, so compose needs no `npm install` on the host.
#   docker build -t weft:0.1.0 .
# The build stage compiles dist/ and prunes node_modules to the production dependencies; the runtime stage
# holds what `npm pack` publishes (package.json `files`: bin/, dist/ without tests, the data files) and
# those dependencies. `npm run image:size` measures both.

FROM node:20-bookworm AS build
WORKDIR /weft
COPY package.json package-lock.json ./
# `npm install`, not `npm ci`, as .ci/run: the lock cannot list other platforms' optional binaries. No
# scripts: `prepare` would build before the sources are here.
RUN npm install --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build \
    && npm pack --ignore-scripts --pack-destination /tmp \
    && mkdir /out && tar -xzf /tmp/weft-*.tgz -C /out --strip-components=1 \
    && npm prune --omit=dev --no-audit --no-fund \
    && mv node_modules /out/node_modules

FROM node:20-bookworm-slim AS runtime
# MALLOC_MMAP_THRESHOLD_ as the native launcher starts services (SERVICE_MALLOC_ENV, topology/interop.ts):
# freed message buffers go back to the system instead of staying in glibc's heap. WEFT_OPERATIONS_PORT is
# where the services of docker-compose.yml serve /metrics, /healthz and /readyz.
ENV NODE_ENV=production \
    MALLOC_MMAP_THRESHOLD_=8192 \
    WEFT_OPERATIONS_PORT=9464
WORKDIR /opt/weft
COPY --from=build /out ./
# The services' journals: a named volume mounted here takes the folder's owner.
RUN mkdir -p /var/lib/weft && chown node:node /var/lib/weft
# node:20 images' unprivileged user (uid 1000).
USER node
HEALTHCHECK --interval=5s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.WEFT_OPERATIONS_PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# A small young generation, as the native launcher runs services (serviceProcess, topology/interop.ts).
ENTRYPOINT ["node", "--max-semi-space-size=4", "bin/weft.js"]
CMD ["--help"]
