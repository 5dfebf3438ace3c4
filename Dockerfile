# The application image: the edge server (server/main.ts) in front of the Next.js production build,
# plus the operator CLI and the migration runner. Build: `docker build -t torch-most .`
# Run: see compose.yaml and README "Running in production".
#
# Not Next's `output: "standalone"`: its generated server.js would replace the edge server (client
# address from TRUSTED_PROXIES, request ids, load shedding), and the CLI and migrations need the
# sources and tsx anyway. The image therefore keeps the build and production dependencies as they are.

FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source (no prebuilt binaries are downloaded).
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies first, so a code change does not reinstall them. postinstall generates the Prisma
# clients, which needs the schema folder.
COPY package.json package-lock.json ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
  && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DATA_DIR=/app/data
COPY --from=build --chown=node:node /app ./
# Local uploads and a generated key would live here; in production use UPLOAD_STORE=s3 and a
# DATA_KEY from the secret store, so an instance keeps nothing of its own.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM from `docker stop` reaches node directly (no shell, no npm) and ends it gracefully.
CMD ["node", "--import", "tsx", "server/main.ts"]
