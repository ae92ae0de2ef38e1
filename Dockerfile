# The Lupus CAR-T FAQ bot as a container image.
#
#   docker build -t lupus-faq-bot .
#   docker run --rm lupus-faq-bot python -m bot ask "Is CAR-T a cure for lupus?"
#   docker compose up -d            # the usual way: see compose.yaml and the README
#
# Two stages: the first builds a virtual environment with the pinned dependencies
# (requirements.lock), the second copies only that environment and the bot's files.

FROM python:3.11-slim AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /build
# Only the dependency list and the pins, so this layer is rebuilt only when they change.
COPY pyproject.toml requirements.lock ./
RUN python -m venv /opt/venv \
    && python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
       > requirements.txt \
    && /opt/venv/bin/pip install -c requirements.lock -r requirements.txt


FROM python:3.11-slim

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1

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

# The database (data/faq.sqlite3) and the heartbeat (data/heartbeat.json).
VOLUME ["/app/data"]

USER 10001:10001

# Healthy = connected to Discord within the last 90 s and a FAQ with at least one entry loaded,
# read from the heartbeat file the bot writes every 15 s. No port is opened.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "health"]

# The bot handles SIGTERM itself (finishes answers in flight, closes the database, exits 0),
# so it can run as PID 1 without an init.
STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
