package io.civicline.kit.problem;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads an Accept header that cannot be parsed as "anything" (RFC 9110 lets a server disregard it):
 * refusing it left every answer, problems included, an empty body, because the problem itself could
 * not be negotiated.
 */
final class LenientAccept extends HeaderContentNegotiationStrategy {

  @Override
  public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
    try {
      return super.resolveMediaTypes(request);
    } catch (HttpMediaTypeNotAcceptableException e) {
      return MEDIA_TYPE_ALL_LIST;
    }
  }
}
