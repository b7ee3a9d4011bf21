# syntax=docker/dockerfile:1
#
# MCU – Your Mentor: ONE image for every service, ghcr.io/mgpu-mentor/mentor:<version>.
#
#   docker build -t ghcr.io/mgpu-mentor/mentor:0.1.0 .
#   docker run --rm ghcr.io/mgpu-mentor/mentor:0.1.0 migrate cases                  # one-shot, before the replicas
#   docker run -p 8000:8000 ghcr.io/mgpu-mentor/mentor:0.1.0 serve cases --role api  # or worker, or all
#
# Why one image and not one per service: the five services share the kit, the contracts and nearly all of their
# third-party dependencies (FastAPI, SQLAlchemy, asyncpg, aio-pika, …), so per-service images would be five copies of
# the same layers. One image is one build, one vulnerability scan, one tag to pin, promote and roll back, pulled once
# per node; which service and which role a container runs are its arguments (`serve <svc> --role api|worker|all`,
# `migrate <svc>`, `broker-permissions <svc>`), configured by that service's environment variables.
#
# Environment a container needs (prefix per service: CASES_, MATCHING_, LIBRARY_, NOTIFICATIONS_, FORUM_):
#   <SVC>_DATABASE_URL=postgresql+asyncpg://…   the default is a SQLite file under ./data, which a read-only root
#                                               file system refuses: always set it
#   <SVC>_BROKER_URL=amqp://…                   the default is the in-process bus of `mentor dev`
#   <SVC>_JWT_JWKS_URL=https://…/certs          (or <SVC>_JWT_PUBLIC_KEY_FILE, a key mounted read-only); `migrate`
#                                               does not need it, `serve` refuses to start without it
#   <SVC>_MIGRATE_ON_START=false                with several replicas: `migrate <svc>` runs once (a Job) instead
#   LIBRARY_SEARCH_URL, FORUM_SEARCH_URL        Elasticsearch
#   NOTIFICATIONS_SMTP_URL=smtp://…             unset, e-mails are written as files under ./data/mail (refused on a
#                                               read-only root file system)
# With these set a process writes nothing but to its sockets and /tmp (mount an emptyDir there): the root file
# system can be read-only. Bytecode is compiled at build time and PYTHONDONTWRITEBYTECODE stops any later writes.

# Pinned as in the Makefile (UV_VERSION): the image resolves nothing itself, it installs uv.lock as it is.
ARG UV_VERSION=0.13.9

# ---- builder: the virtual environment, built from the lock ----------------------------------------------------
FROM python:3.11-slim AS builder
ARG UV_VERSION
RUN python -m pip install --no-cache-dir --disable-pip-version-check "uv==${UV_VERSION}"
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PYTHON_PREFERENCE=only-system \
    UV_PROJECT_ENVIRONMENT=/opt/mentor/venv
WORKDIR /src

# 1. Third-party dependencies only: this layer is rebuilt when uv.lock or a pyproject.toml changes, not the code.
#    uv reads every workspace member's pyproject.toml to check the lock, including the test tooling's (its code
#    is neither copied nor installed).
COPY pyproject.toml uv.lock ./
COPY shared/contracts/pyproject.toml shared/contracts/
COPY shared/kit/pyproject.toml shared/kit/
COPY gateway/pyproject.toml gateway/
COPY services/cases/pyproject.toml services/cases/
COPY services/matching/pyproject.toml services/matching/
COPY services/library/pyproject.toml services/library/
COPY services/notifications/pyproject.toml services/notifications/
COPY services/forum/pyproject.toml services/forum/
COPY web/pyproject.toml web/
COPY tests/journeys/pyproject.toml tests/journeys/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --no-editable --no-install-workspace \
        --package mentor-gateway --package mentor-cases --package mentor-matching \
        --package mentor-library --package mentor-notifications --package mentor-forum --package mentor-web

# 2. Our packages (the `mentor` command, the five services, the web application, kit and contracts) as wheels into
#    the same venv: no dev group (pytest, ruff, mypy …), no test tooling, no editable links back to /src.
#    `--no-cache` (and no cache mount): uv keys the wheel it built of a local package on that package's
#    pyproject.toml, not on its code, so a cached wheel of an earlier build would ship yesterday's code; the
#    third-party packages are installed already.
COPY shared/ shared/
COPY gateway/ gateway/
COPY services/ services/
COPY web/ web/
RUN uv sync --no-cache --frozen --no-dev --no-editable \
        --package mentor-gateway --package mentor-cases --package mentor-matching \
        --package mentor-library --package mentor-notifications --package mentor-forum --package mentor-web

# ---- runtime: the interpreter and the venv, nothing else (no compiler, no uv, no sources) -----------------------
# The same base as the builder: the venv's interpreter link and scripts' shebangs point at its /usr/local python.
FROM python:3.11-slim AS runtime
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="mentor" \
      org.opencontainers.image.description="MCU – Your Mentor: every service of the platform in one image (serve <svc> --role api|worker|all, migrate <svc>)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="https://github.com/mgpu-mentor/mentor" \
      org.opencontainers.image.vendor="MGPU" \
      org.opencontainers.image.base.name="docker.io/library/python:3.11-slim"

RUN groupadd --system --gid 10001 mentor \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin mentor

# Owned by root: the service user can read and run the venv, not change it.
COPY --from=builder /opt/mentor/venv /opt/mentor/venv
ENV PATH="/opt/mentor/venv/bin:${PATH}" \
    VIRTUAL_ENV=/opt/mentor/venv \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
# An empty, root-owned working directory: a forgotten <SVC>_DATABASE_URL fails at start instead of writing here.
WORKDIR /app

USER 10001:10001
EXPOSE 8000
# uvicorn (PID 1 through the exec-form entrypoint, no shell in between) stops on SIGTERM: it finishes the requests
# in flight, then the service stops its consumer and workers between steps.
STOPSIGNAL SIGTERM
# No curl in the slim image: the standard library asks. Liveness only (the process answers); readiness, which
# checks the database and the broker, is /readyz, for the orchestrator's readiness probe.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
ENTRYPOINT ["mentor"]
CMD ["--help"]
