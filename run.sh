#!/usr/bin/env bash
# Starts the whole civicline system locally, no Docker: a Kafka broker (KRaft), a MongoDB-wire
# server and the three services. Builds the project first unless --no-build is given.
# Every other argument goes to the launcher: ./run.sh --help lists them. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/stack-common.sh

stack_run local-stack/target/local-stack.jar -jar local-stack/target/local-stack.jar -- "$@"
