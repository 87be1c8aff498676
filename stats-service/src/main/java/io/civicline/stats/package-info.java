/** stats-service: live figures derived from the event topics; the application and its settings. */
package io.civicline.stats;
