/**
 * Hot spots (热点): topic × district combinations whose received tickets of a week are far above
 * their weekly mean of the four weeks before, read from the exact daily counts of {@code received}
 * by topic in a district.
 */
package io.civicline.stats.hotspots;
