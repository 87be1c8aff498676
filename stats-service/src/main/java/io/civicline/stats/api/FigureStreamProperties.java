package io.civicline.stats.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code civicline.stats.stream.*}: the live figures of {@code GET /api/stats/stream}.
 *
 * @param maxClients streams open at once; one more is refused with 503
 * @param coalesce the least time between two events of one family on one stream: the changes within
 *     it go out as one event
 * @param heartbeat how often a stream gets a comment, so that proxies keep an idle stream open and
 *     a client that has gone is noticed
 * @param timeout how long one stream lasts; the browser's EventSource then reconnects on its own
 */
@ConfigurationProperties("civicline.stats.stream")
record FigureStreamProperties(
    @DefaultValue("200") int maxClients,
    @DefaultValue("150ms") Duration coalesce,
    @DefaultValue("15s") Duration heartbeat,
    @DefaultValue("30m") Duration timeout) {}
