package io.civicline.mediation.api;

import io.civicline.kit.problem.EntityVersions;
import io.civicline.mediation.domain.MediationCase;
import org.springframework.http.ResponseEntity;

/** The case's version as an HTTP entity tag, both ways, and the usual case response. */
final class CaseResponses {

  private CaseResponses() {}

  static String etag(MediationCase mediationCase) {
    return EntityVersions.etag(mediationCase.version());
  }

  static ResponseEntity<CaseView> ok(MediationCase mediationCase, CaseView view) {
    return ResponseEntity.ok().eTag(etag(mediationCase)).body(view);
  }

  static Long expectedVersion(String ifMatch, Long bodyVersion) {
    return EntityVersions.expected(ifMatch, bodyVersion, "the case's");
  }
}
