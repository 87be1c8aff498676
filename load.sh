#!/usr/bin/env bash
# Load generator: drives the running stack (./run.sh, default ports) through the hotline and
# mediation APIs with a city's year or a share of it, then compares every figure of the year in
# stats-service with its own record. ./load.sh --help lists the options. Builds the project first
# unless --no-build is given.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/stack-common.sh

# perf.jar is a plain jar whose manifest puts lib/*.jar on the classpath.
stack_run perf/target/perf.jar -cp perf/target/perf.jar io.civicline.perf.load.CityLoad -- "$@"
