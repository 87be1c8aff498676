/**
 * Drill-down: every count the dashboard shows links to the search of the hotline or mediation
 * console that lists the tickets or cases behind it.
 */
package io.civicline.stats.links;
