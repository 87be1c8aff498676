package io.civicline.perf.bench;

import java.util.List;

/**
 * The one request body the benchmark sends to {@code POST /api/tickets}: a valid intake form, its
 * district and the caller's phone varied by the request's sequence number. New optional fields of
 * the form go here.
 */
final class TicketRequestBody {

  static final List<String> DISTRICTS = List.of("YIMEI", "WUCUI", "YOUHAO", "JINLIN", "TIELI");

  private static final List<String> PHONE_PREFIXES = List.of("138", "139", "150", "186");

  private static final String TEMPLATE =
      "{\"channel\":\"PHONE\",\"category\":\"COMPLAINT\",\"district\":\"%s\",\"urgency\":\"NORMAL\","
          + "\"caller\":{\"name\":\"张三\",\"phone\":\"%s\"},\"description\":\"路灯不亮，已经三天了\"}";

  private TicketRequestBody() {}

  static String of(long sequence) {
    long n = Math.abs(sequence);
    String district = DISTRICTS.get((int) (n % DISTRICTS.size()));
    String phone =
        PHONE_PREFIXES.get((int) (n % PHONE_PREFIXES.size()))
            + String.format("%08d", n % 100_000_000L);
    return String.format(TEMPLATE, district, phone);
  }
}
