package io.civicline.mediation.api;

import io.civicline.kit.problem.RecordView;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.domain.MediationCase;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** A case in a 409's {@code current}: as the user may see it. */
@Component
class ConflictingCase implements RecordView {

  private final StaffResolver staff;
  private final CaseViews views;

  ConflictingCase(StaffResolver staff, CaseViews views) {
    this.staff = staff;
    this.views = views;
  }

  @Override
  public Object of(Object record, Authentication user) {
    return views.of((MediationCase) record, staff.of(user));
  }
}
