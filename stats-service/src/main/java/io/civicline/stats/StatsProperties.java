package io.civicline.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code civicline.stats.*}.
 *
 * @param zone the time zone in which days, months and years are counted; default: the reference
 *     data's city zone (Asia/Shanghai for Yichun)
 */
@ConfigurationProperties("civicline.stats")
public record StatsProperties(String zone) {}
