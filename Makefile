# The commands a newcomer runs. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export PRISMA_SCHEMA_ENGINE_BINARY ?= $(CURDIR)/package.json
export PRISMA_HIDE_UPDATE_MESSAGE := 1
SERVICES_WITH_DB := identity tenancy billing campaigns notification

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

install: ## install dependencies exactly as locked
	npm ci --no-audit --no-fund

proto: ## regenerate TypeScript types from protos/
	./tools/gen-proto.sh

proto-check: proto ## fail when the generated proto types are stale
	@git diff --exit-code --stat -- libs/proto/src/generated || { echo "Generated proto types are stale: run 'make proto' and commit."; exit 1; }
	@test -z "$$(git status --porcelain -- libs/proto/src/generated)" || { echo "Generated proto types are stale (new files): run 'make proto' and commit."; git status --porcelain -- libs/proto/src/generated; exit 1; }

asyncapi: ## regenerate docs/asyncapi.yaml from the event protos
	node tools/gen-asyncapi.js

asyncapi-check: ## fail when docs/asyncapi.yaml is stale
	node tools/gen-asyncapi.js --check

generate: ## generate the Prisma clients of every service
	@for s in $(SERVICES_WITH_DB); do ./node_modules/.bin/prisma generate --schema services/$$s/prisma/schema.prisma >/dev/null || exit 1; done
	@echo "prisma clients generated"

build: generate ## compile every workspace (tsc -b)
	./node_modules/.bin/tsc -b tsconfig.build.json

preview-email: build ## render every email template with sample data into .run/email-preview (open the .html files)
	node services/notification/dist/preview.js

rotate-keys: build ## rotate identity's token-signing key (local platform; in a cluster run the CLI in the identity pod)
	source deploy/scripts/local-infra.sh && ensure_identity_kek >/dev/null && \
	  DATABASE_URL=$$(service_database_url identity) node services/identity/dist/cli.js rotate-keys

repair-counters: build ## count every client's prospects again in campaigns and republish the counters (local platform; in a cluster run the CLI in a campaigns pod)
	source deploy/scripts/local-infra.sh && \
	  DATABASE_URL=$$(service_database_url campaigns) node services/campaigns/dist/cli.js repair-counters

browser: ## install Debian's chromium for the browser tests when it is missing
	bash deploy/scripts/ensure-chromium.sh

new-service: ## scaffold a backend from tools/templates/service: make new-service NAME=reporting [DESCRIPTION="…"] [PORT=50056]
	@test -n "$(NAME)" || { echo "usage: make new-service NAME=<lower-case name> [DESCRIPTION=\"…\"] [PORT=<gRPC port>]"; exit 1; }
	node tools/new-service.js "$(NAME)" $(if $(DESCRIPTION),--description "$(DESCRIPTION)") $(if $(PORT),--port $(PORT))

helm-check: ## lint and render the Helm charts (the object checks run with the jest suite)
	bash deploy/scripts/helm-check.sh

buf-lint: ## lint the protos
	./node_modules/.bin/buf lint protos

buf-breaking: ## fail when protos/ breaks compatibility with main's (skipped when there is no main)
	./tools/buf-breaking.sh

lint: buf-lint ## eslint, prettier and buf lint
	./node_modules/.bin/eslint .
	./node_modules/.bin/prettier --check .

typecheck: generate ## type-check sources and tests
	./node_modules/.bin/tsc -p tsconfig.json

test: install browser proto-check asyncapi-check buf-breaking generate lint helm-check typecheck build ## install, generate, lint, type-check, build, then run every test (unit, integration, end-to-end)
	source deploy/scripts/test-env.sh && ./node_modules/.bin/jest --ci

up: ## install, build, start Postgres/NATS (or docker compose) and run all six processes
	./deploy/scripts/up.sh

reset: ## drop the local platform's databases, event streams and idempotency bucket after a typed confirmation, so make up starts clean
	./deploy/scripts/reset.sh

demo: ## fill a demo agency (needs `make up` running)
	node tools/demo.js

bench: ## benchmark the hot routes, credit transfers, the microservice tax, a CSV import and a prospect cleanup; writes docs/benchmarks.md
	./deploy/scripts/bench.sh
	BENCH_SCRIPT=tools/bench-credits.js ./deploy/scripts/bench.sh
	BENCH_SCRIPT=tools/bench-tax.js ./deploy/scripts/bench.sh
	BENCH_SCRIPT=tools/bench-import.js ./deploy/scripts/bench.sh
	BENCH_SCRIPT=tools/bench-cleanup.js ./deploy/scripts/bench.sh

bench-import: ## import a 100,000-row CSV through the gateway next to a plain COPY; writes docs/benchmarks.md
	BENCH_SCRIPT=tools/bench-import.js ./deploy/scripts/bench.sh

bench-cleanup: ## clean up 1,000,000 prospects of one client through the gateway: rows/s and the client list's p99 meanwhile; writes docs/benchmarks.md
	BENCH_SCRIPT=tools/bench-cleanup.js ./deploy/scripts/bench.sh

dashboard-snapshot: ## plot the Grafana dashboard's panels from a short local run into docs/images/dashboard.png (needs gnuplot)
	./deploy/scripts/dashboard-snapshot.sh

bench-credits: ## credit transfers/s through the gateway vs plain SQL, 0 overdrafts checked; writes docs/benchmarks.md
	BENCH_SCRIPT=tools/bench-credits.js ./deploy/scripts/bench.sh

bench-tax: ## a read through the services vs the same SQL in-process, outbox→consumer latency at 500 events/s, tracing on vs off; writes docs/benchmarks.md
	BENCH_SCRIPT=tools/bench-tax.js ./deploy/scripts/bench.sh

faults: build ## break NATS, Postgres, a backend and SMTP under load and count what was lost; writes docs/reliability.md (minutes; not in make test)
	source deploy/scripts/test-env.sh && ./node_modules/.bin/jest -c jest.faults.config.js --runInBand; status=$$?; node tools/faults-report.js || status=1; exit $$status

bench-timing: ## time password reset and client-user creation for a known vs an unknown email
	BENCH_SCRIPT=tools/bench-timing.js ./deploy/scripts/bench.sh

.PHONY: help install browser proto proto-check asyncapi asyncapi-check generate build preview-email rotate-keys repair-counters new-service helm-check buf-lint buf-breaking lint typecheck test up demo bench bench-credits bench-tax bench-import bench-cleanup bench-timing dashboard-snapshot faults reset
