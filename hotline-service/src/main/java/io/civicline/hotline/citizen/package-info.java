/**
 * The citizen page (网上诉求) under {@code /citizen}: a public, stateless, mobile-first page where a
 * citizen submits a request with its place, gets its number and a lookup code, follows its public
 * steps (进度查询) and rates the answer once. Guarded by a signed, spent-once challenge, limits per
 * client address and a body bound ({@code civicline.citizen.*}); it shows nothing personal.
 */
package io.civicline.hotline.citizen;
