#!/usr/bin/env bash
# Ticket-create benchmark on the local stack: for each MongoDB-wire backend (memory, file) starts the
# whole stack on free ports in a fresh data folder, measures the backend's raw insert rate, then
# POST /api/tickets in a closed and an open loop, and prints a table. Builds the project first unless
# --no-build is given. ./bench.sh --help lists the options. Runs beside ./run.sh (other ports).
#   ./bench.sh stats [--cases=1000000] ...   stats query latency on the running stack (./run.sh)
#   ./bench.sh freshness [--rate=500] ...    201 of a ticket to its figure on the stream, running stack
#   ./bench.sh broker [--records=1000000] ... the running stack's broker, with Kafka's perf tools
#   ./bench.sh memory [--cases=1000000] ...  heap and RSS of each process, stores filled to --cases
#   ./bench.sh scale [--tickets=1000000] ...  reads and watcher rounds at scale while creates run
set -euo pipefail
cd "$(dirname "$0")"
source scripts/stack-common.sh

main=io.civicline.perf.bench.CreateBenchmark
case "${1:-}" in
  stats) main=io.civicline.perf.bench.StatsQueryBenchmark; shift ;;
  freshness) main=io.civicline.perf.bench.FreshnessBenchmark; shift ;;
  broker) main=io.civicline.perf.bench.BrokerBenchmark; shift ;;
  memory) main=io.civicline.perf.bench.MemoryBenchmark; shift ;;
  scale) main=io.civicline.perf.bench.ScaleBenchmark; shift ;;
esac

# perf.jar is a plain jar whose manifest puts lib/*.jar on the classpath.
stack_run perf/target/perf.jar -XX:+UseParallelGC -cp perf/target/perf.jar "$main" -- "$@"
