#!/usr/bin/env bash
# Load generator: drives the running stack (./run.sh, default ports) through the hotline and
# mediation APIs with a city's year or a share of it, then compares every figure of the year in
# stats-service with its own record. ./load.sh --help lists the options. Builds the project first
# unless --no-build is given.
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --help|-h) [[ -f local-stack/target/local-stack.jar ]] && build=false; args+=("--help") ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "Building the project (./mvnw -B -q -DskipTests install) ..."
  ./mvnw -B -q -DskipTests install
fi

# local-stack.jar is a plain jar whose manifest puts lib/*.jar on the classpath.
exec java -cp local-stack/target/local-stack.jar io.civicline.localstack.load.CityLoad \
  ${args[@]+"${args[@]}"}
