# The Lupus CAR-T FAQ bot as a container image.
#
#   docker build -t lupus-faq-bot .
#   docker run --rm lupus-faq-bot ask "Is CAR-T a cure for lupus?"   # any `python -m bot` command, offline
#   docker compose up -d            # the usual way: see compose.yaml and the README
#
# The image runs `python -m bot` (the ENTRYPOINT) with `run` as the default command, so every command of the
# bot is the image's command: `docker compose run --rm bot validate`, `... bot ask "..."`, `... bot sync`.
#
# Two stages: the first builds a virtual environment with the runtime dependencies exactly as pinned and
# hashed in requirements.lock (pip checks every file's sha256), the second copies only that environment and
# the bot's files.
#
# The base image is pinned by digest, so a rebuild uses the very same Python and Debian files until someone
# decides to update. To update (for Python and Debian security fixes, say monthly):
#   docker pull python:3.11-slim && docker inspect --format '{{index .RepoDigests 0}}' python:3.11-slim
#   (or, without pulling: docker buildx imagetools inspect python:3.11-slim, the "Digest:" line)
# then put the new sha256 in both FROM lines below, rebuild, and run the tests.

FROM python:3.11-slim@sha256:9c900dea9e8fb7e16277c179b555cc72d29a352dbc33cff48ad5a0412fd5bfc7 AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /build
# Only the pins, so this layer is rebuilt only when they change.
COPY requirements.lock ./
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --require-hashes -r requirements.lock


FROM python:3.11-slim@sha256:9c900dea9e8fb7e16277c179b555cc72d29a352dbc33cff48ad5a0412fd5bfc7

# The heartbeat is state of this one container, not data: it goes to /tmp (a tmpfs in compose.yaml), so the
# data volume holds only the database and a restarted container never inherits an old "connected".
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    BOT_HEARTBEAT_PATH=/tmp/heartbeat.json

# An unprivileged user with a fixed id; /app/data is theirs (a new named volume copies that ownership).
RUN groupadd --system --gid 10001 bot \
    && useradd --system --uid 10001 --gid bot --home-dir /app --no-create-home --shell /usr/sbin/nologin bot \
    && mkdir -p /app/data \
    && chown bot:bot /app/data

COPY --from=builder /opt/venv /opt/venv

WORKDIR /app
# The code and the files are owned by root and read-only for the bot. compose.yaml mounts the
# host's knowledge/ over /app/knowledge (read-only) so moderators edit on the host and the bot reloads.
COPY bot/ ./bot/
COPY knowledge/ ./knowledge/
COPY config.example.yaml ./
# Compiled now, because the container's file system is read-only (compose.yaml) and Python could not cache it.
RUN python -m compileall -q bot/

# The database (data/faq.sqlite3).
VOLUME ["/app/data"]

USER 10001:10001

# Healthy = the gateway session is live with a heartbeat acknowledged lately, a FAQ is loaded and the database
# takes writes (see `python -m bot health`), read from the heartbeat file the bot writes every few seconds.
# No port is opened.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "health"]

# The bot handles SIGTERM itself (finishes answers in flight, closes the database, exits 0). compose.yaml adds
# an init (init: true) that forwards the signal and reaps stray processes.
STOPSIGNAL SIGTERM
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
