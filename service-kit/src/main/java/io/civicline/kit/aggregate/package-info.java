/**
 * The write side both case services share, in small pieces as eventuate-tram has them: a versioned
 * store that saves an aggregate with the events its change caused in one single-document write, the
 * refusal a state machine throws, and the leased, batched watch over records past a time.
 */
package io.civicline.kit.aggregate;
