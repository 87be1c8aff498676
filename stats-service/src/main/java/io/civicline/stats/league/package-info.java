/**
 * The department league table (部门考核排名): per department or district government, the hotline's rates
 * of a month, quarter or year, a composite score with city-set weights, ranks and the change from
 * the previous period; served over the API, on the dashboard and in the annual report.
 */
package io.civicline.stats.league;
