# vipm-sim as a container: the simulator on 0.0.0.0:3000, its control plane guarded by the admin
# token from VIPM_SIM_ADMIN_TOKEN (it refuses to start without one), as the non-root user `node`.
#   docker build -t vipm-sim .
#   docker run -p 3000:3000 -e VIPM_SIM_ADMIN_TOKEN=s3cret vipm-sim
# Volumes: /fixtures for fixture files (VIPM_SIM_FIXTURES=/fixtures/FILE), /data for a SQLite
# file (VIPM_SIM_DATA=/data/vipm-sim.db). docs/container.md has the rest.
# The base images are build arguments so that a CI without a registry can bring its own.
ARG BASE_IMAGE=node:24-bookworm-slim
ARG BUILD_IMAGE=node:24-bookworm

# The compiled simulator and the files it ships with, in /out; no install scripts run.
FROM ${BUILD_IMAGE} AS build
ENV npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build:steps \
 && mkdir /out && cp -r package.json README.md bin contracts fixtures dist /out/

# The runtime dependencies at their locked versions, with both database drivers (the package
# leaves them optional; the image has them all). Native modules build from source against the
# image's own Node headers, so nothing is downloaded but npm packages. better-sqlite3 is in no lock
# file: --prefer-offline takes its metadata from the npm cache where the cache has it.
FROM ${BUILD_IMAGE} AS deps
ENV npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_nodedir=/usr/local npm_config_build_from_source=true
WORKDIR /app
COPY package.json package-lock.json ./
RUN node -e "const fs = require('fs'); const p = require('./package.json'); \
      for (const d of ['better-sqlite3', 'pg']) p.dependencies[d] = p.devDependencies[d] ?? p.peerDependencies[d]; \
      delete p.devDependencies; delete p.scripts; fs.writeFileSync('package.json', JSON.stringify(p))" \
 && npm install --omit=dev --prefer-offline \
 && cd node_modules/better-sqlite3 && rm -rf deps src build/Release/obj build/Release/obj.target build/Release/.deps build/deps

FROM ${BASE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=build /out ./
RUN mkdir -p /fixtures /data && chown node:node /data
VOLUME ["/fixtures", "/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/bin/vipm-sim.js"]
CMD ["serve", "--host", "0.0.0.0"]
