#!/usr/bin/env bash
# The Kafka broker of docker-compose.yml: one KRaft node, SASL/SCRAM on the listener the services
# use, SASL/PLAIN on the controller listener (localhost only), ACLs with nothing allowed by default.
# The SCRAM users (admin, hotline, mediation, stats) are created when the storage is formatted,
# i.e. at the first start; kafka-acls.sh (acls.sh) grants each service its topics.
set -euo pipefail

: "${KAFKA_ADMIN_PASSWORD:?}" "${KAFKA_HOTLINE_PASSWORD:?}" "${KAFKA_MEDIATION_PASSWORD:?}"
: "${KAFKA_STATS_PASSWORD:?}"

config=/tmp/civicline-kafka.properties
cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
listeners=BROKER://:9092,CONTROLLER://localhost:9093
advertised.listeners=BROKER://kafka:9092
inter.broker.listener.name=BROKER
controller.listener.names=CONTROLLER
listener.security.protocol.map=BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.broker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}" user_admin="${KAFKA_ADMIN_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=/var/lib/kafka/data
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
PROPERTIES

# The admin's client settings, for the health check and acls.sh.
cat > /tmp/civicline-admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

/opt/kafka/bin/kafka-storage.sh format --ignore-formatted \
  --cluster-id "$(/opt/kafka/bin/kafka-storage.sh random-uuid)" --config "$config" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=hotline,password=${KAFKA_HOTLINE_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=mediation,password=${KAFKA_MEDIATION_PASSWORD}]" \
  --add-scram "SCRAM-SHA-512=[name=stats,password=${KAFKA_STATS_PASSWORD}]"

exec /opt/kafka/bin/kafka-server-start.sh "$config"
