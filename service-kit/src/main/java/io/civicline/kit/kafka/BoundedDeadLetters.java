package io.civicline.kit.kafka;

import io.civicline.events.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes a record that cannot be processed to {@code <topic>.dlq}, its value bounded by {@link
 * DeadLetterValues} (otherwise a record near the broker's maximum would be retried forever) and,
 * for a referral, without its personal data ({@link RedactedDeadLetters}).
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
    if (RedactedDeadLetters.apply(record.topic())) {
      byte[] bytes =
          original == null || original instanceof byte[]
              ? (byte[]) original
              : String.valueOf(original).getBytes(StandardCharsets.UTF_8);
      return letter(record, topicPartition, RedactedDeadLetters.redact(bytes, headers), headers);
    }
    if (original instanceof byte[] bytes && bytes.length > DeadLetterValues.MAX_VALUE_BYTES) {
      return letter(record, topicPartition, DeadLetterValues.bounded(bytes, headers), headers);
    }
    return super.createProducerRecord(record, topicPartition, headers, key, value);
  }

  private static ProducerRecord<Object, Object> letter(
      ConsumerRecord<?, ?> record, TopicPartition topicPartition, byte[] value, Headers headers) {
    return new ProducerRecord<>(
        topicPartition.topic(),
        topicPartition.partition() < 0 ? null : topicPartition.partition(),
        record.key(),
        value,
        headers);
  }
}
