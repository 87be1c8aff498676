package io.civicline.kit.kafka;

import io.civicline.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes a record that cannot be processed to {@code <topic>.dlq}, its value bounded by {@link
 * DeadLetterValues}: otherwise a record near the broker's maximum would be retried forever.
 */
class BoundedDeadLetters extends DeadLetterPublishingRecoverer {

  BoundedDeadLetters(KafkaOperations<?, ?> template) {
    super(
        template,
        (record, error) ->
            new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
  }

  @Override
  protected ProducerRecord<Object, Object> createProducerRecord(
      ConsumerRecord<?, ?> record,
      TopicPartition topicPartition,
      Headers headers,
      byte[] key,
      byte[] value) {
    Object original = record.value();
    if (original instanceof byte[] bytes && bytes.length > DeadLetterValues.MAX_VALUE_BYTES) {
      return new ProducerRecord<>(
          topicPartition.topic(),
          topicPartition.partition() < 0 ? null : topicPartition.partition(),
          record.key(),
          DeadLetterValues.bounded(bytes, headers),
          headers);
    }
    return super.createProducerRecord(record, topicPartition, headers, key, value);
  }
}
