package io.civicline.hotline.domain;

import io.civicline.kit.privacy.Masking;

/**
 * Who called: personal data. Shown in full to agents, its phone to the department holding the
 * ticket (to call back), masked for everyone else; never logged and never put on the event topics.
 */
public record Caller(String name, String phone, boolean anonymous) {

  public static Caller anonymousCaller() {
    return new Caller(null, null, true);
  }

  /** A contact the citizen left themselves: anonymous when they gave neither name nor phone. */
  public static Caller leftBy(String name, String phone) {
    return name == null && phone == null ? anonymousCaller() : new Caller(name, phone, false);
  }

  /** The caller as roles other than agents see it: surname and the phone's ends only. */
  public Caller masked() {
    return new Caller(Masking.name(name), Masking.number(phone), anonymous);
  }

  /** The caller as the department holding the ticket sees it: the phone to call back on. */
  public Caller forCallBack() {
    return new Caller(Masking.name(name), phone, anonymous);
  }

  @Override
  public String toString() {
    return "Caller[masked]";
  }
}
