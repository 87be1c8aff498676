#!/usr/bin/env bash
# Starts the whole civicline system locally, no Docker: a Kafka broker (KRaft), a MongoDB-wire
# server and the three services. Builds the project first unless --no-build is given.
# Every other argument goes to the launcher: ./run.sh --help lists them. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --help|-h) [[ -f local-stack/target/local-stack.jar ]] && build=false; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "Building the project (./mvnw -B -q -DskipTests install) ..."
  ./mvnw -B -q -DskipTests install
fi

exec java -jar local-stack/target/local-stack.jar ${args[@]+"${args[@]}"}
