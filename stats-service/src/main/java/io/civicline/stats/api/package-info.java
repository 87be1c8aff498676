/** The figures over HTTP: {@code GET /api/stats/hotline} and its problem responses. */
package io.civicline.stats.api;
