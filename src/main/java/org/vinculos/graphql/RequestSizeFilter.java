package org.vinculos.graphql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL request body larger than {@link QueryLimits#maxRequestBytes()}: one that says its length is
 * answered 413 before it is read; one sent in chunks stops being read at the limit (then the body is malformed, 400).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeFilter(QueryLimits limits) {
		this.maxBytes = limits.maxRequestBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/graphql".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("""
					{"type":"about:blank","title":"Content Too Large","status":413,"detail":"A GraphQL request body may \
					hold at most %d bytes (vinculos.graphql.limits.max-request-bytes); this one holds %d"}"""
				.formatted(this.maxBytes, request.getContentLengthLong()));
			return;
		}
		chain.doFilter((request.getContentLengthLong() < 0) ? new Bounded(request, this.maxBytes) : request, response);
	}

	/** A request whose body ends at the limit, for bodies sent without a length. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long maxBytes;

		Bounded(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					if (this.read >= Bounded.this.maxBytes) {
						throw new IOException("the request body is longer than " + Bounded.this.maxBytes + " bytes");
					}
					int b = in.read();
					if (b >= 0) {
						this.read++;
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = in.read(buffer, offset, length);
					if (count > 0) {
						this.read += count;
						if (this.read > Bounded.this.maxBytes) {
							throw new IOException("the request body is longer than " + Bounded.this.maxBytes + " bytes");
						}
					}
					return count;
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
			};
		}

	}

}
