package io.civicline.kit.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request body larger than any the API takes, with a 413 problem: at once when the
 * declared length is too large, or as soon as a body of unknown length goes past the bound (then
 * {@link ApiProblems} answers 413). Unknown fields are ignored, so without this bound any amount of
 * padding would be read, parsed and accepted. A {@link LargerBodyRoute} has a bound of its own,
 * also outside the API (a public form's).
 */
public class RequestBodyLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final List<LargerBodyRoute> larger;

  public RequestBodyLimit(long maxBytes) {
    this(maxBytes, List.of());
  }

  public RequestBodyLimit(long maxBytes, List<LargerBodyRoute> larger) {
    this.maxBytes = maxBytes;
    this.larger = List.copyOf(larger);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/") && routeOf(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long maxBytes = boundOf(request);
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge(maxBytes), null);
      return;
    }
    chain.doFilter(length < 0 ? new Bounded(request, maxBytes) : request, response);
  }

  private long boundOf(HttpServletRequest request) {
    return routeOf(request).map(LargerBodyRoute::maxBytes).orElse(maxBytes);
  }

  private Optional<LargerBodyRoute> routeOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return larger.stream().filter(route -> route.matches(request.getMethod(), path)).findFirst();
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
