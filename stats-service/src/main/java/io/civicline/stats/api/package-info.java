/**
 * The figures over HTTP: {@code GET /api/stats/{hotline|mediation}} (one period, or broken down)
 * and {@code …/trend}, and their problem responses.
 */
package io.civicline.stats.api;
