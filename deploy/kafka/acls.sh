#!/usr/bin/env bash
# Grants each service of docker-compose.yml what it needs and nothing else (the broker allows
# nothing without an ACL). Run once the broker is up; adding an ACL twice changes nothing.
#   hotline:   writes the ticket events and the referrals, reads the mediation case events
#   mediation: reads the referrals, writes the case events
#   stats:     reads both event topics; its Kafka Streams topics, group and transactions
# Every service may create and configure the six topics (whichever starts first creates them with
# the settings of io.civicline.events.Topics); none may read what it does not consume.
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}"

admin=/tmp/civicline-admin.properties
cat > "$admin" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

acl() {
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server kafka:9092 --command-config "$admin" --add "$@"
}

TICKETS=hotline.ticket-events
REFERRALS=hotline.referrals
CASES=mediation.case-events
TOPICS=("$TICKETS" "$REFERRALS" "$CASES" "$TICKETS.dlq" "$REFERRALS.dlq" "$CASES.dlq")

for service in hotline mediation stats; do
  for topic in "${TOPICS[@]}"; do
    acl --allow-principal "User:$service" --topic "$topic" \
      --operation Create --operation Describe --operation DescribeConfigs --operation AlterConfigs
  done
done

acl --allow-principal User:hotline --operation Write --topic "$TICKETS" --topic "$REFERRALS" \
  --topic "$CASES.dlq"
acl --allow-principal User:hotline --operation Read --topic "$CASES" --group hotline-service

acl --allow-principal User:mediation --operation Write --topic "$CASES" --topic "$REFERRALS.dlq"
acl --allow-principal User:mediation --operation Read --topic "$REFERRALS" \
  --group mediation-service

acl --allow-principal User:stats --operation Read --topic "$TICKETS" --topic "$CASES"
acl --allow-principal User:stats --operation Write --topic "$TICKETS.dlq" --topic "$CASES.dlq"
# Kafka Streams: its internal topics, its group and its transactional ids all begin with the
# application id (stats-service-v6; a rebuild names its own after it).
acl --allow-principal User:stats --operation All --resource-pattern-type prefixed \
  --topic stats-service --group stats-service --transactional-id stats-service
acl --allow-principal User:stats --operation IdempotentWrite --cluster
