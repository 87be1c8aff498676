package io.civicline.kit.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body (of the API, or of another path prefix) larger than any it takes, with a
 * 413 problem: at once when the declared length is too large, or as soon as a body of unknown
 * length goes past the bound (then {@link ApiProblems} answers 413). Unknown fields are ignored, so
 * without this bound any amount of padding would be read, parsed and accepted.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final String pathPrefix;

  /** The bound on the API's bodies, under {@code /api/}. */
  public RequestBodyLimit(long maxBytes) {
    this(maxBytes, "/api/");
  }

  /** The bound on the bodies of the paths under {@code pathPrefix} (a public form's). */
  public RequestBodyLimit(long maxBytes, String pathPrefix) {
    this.maxBytes = maxBytes;
    this.pathPrefix = pathPrefix;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(pathPrefix);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge(maxBytes), null);
      return;
    }
    chain.doFilter(length < 0 ? new Bounded(request, maxBytes) : request, response);
  }

  static String tooLarge(long maxBytes) {
    return "The request body is larger than " + maxBytes + " bytes; nothing was changed.";
  }

  /** A body read past the bound. */
  public static class TooLargeException extends IOException {

    private final long maxBytes;

    TooLargeException(long maxBytes) {
      super(tooLarge(maxBytes));
      this.maxBytes = maxBytes;
    }

    public long maxBytes() {
      return maxBytes;
    }
  }

  /** A request whose body stream fails once more than the bound has been read. */
  private static final class Bounded extends HttpServletRequestWrapper {

    private final long maxBytes;
    private ServletInputStream bounded;

    Bounded(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (bounded == null) {
        bounded = new BoundedStream(super.getInputStream(), maxBytes);
      }
      return bounded;
    }
  }

  private static final class BoundedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private long read;

    BoundedStream(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws TooLargeException {
      read += n;
      if (read > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
