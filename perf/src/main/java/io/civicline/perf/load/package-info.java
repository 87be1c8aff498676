/**
 * The load generator ({@code ./load.sh}, {@link io.civicline.perf.load.CityLoad}): a city's tickets
 * and cases through the services' APIs as agents, departments and mediators would work them, then
 * every figure of stats-service compared with its own record.
 */
package io.civicline.perf.load;
