package org.vinculos.importer;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Answers an import upload that Spring refuses before the import sees it (too large, not multipart, without a
 * {@code file} part) with what to send instead. Spring refuses some of them while reading the request, before it
 * knows the controller, so only advice for every controller sees them; this one goes before Boot's problem-details
 * advice, which would answer "Maximum upload size exceeded" or "Content-Type 'null' is not supported".
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportUploadAdvice {

	private static final String HOW = "send each file as a multipart/form-data part named file, as in "
			+ "curl -u NAME -F file=@links.csv -F file=@cities.csv http://HOST/import";

	private final String limit;

	ImportUploadAdvice(@Value("${spring.servlet.multipart.max-request-size}") String limit) {
		this.limit = limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "the upload is larger than the " + this.limit
				+ " this server takes; send the files one by one, or start the server with VINCULOS_IMPORT_MAX_SIZE set higher");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> notMultipart(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException {
		if (!isImport(request)) {
			// Thrown back as it came, the exception goes on to Spring's own answer for other endpoints.
			throw ex;
		}
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the request is " + ((ex.getContentType() != null)
				? ex.getContentType().toString() : "without a body type") + ", not files; " + HOW);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> noFile(MissingServletRequestPartException ex, HttpServletRequest request)
			throws MissingServletRequestPartException {
		if (!isImport(request)) {
			throw ex;
		}
		return problem(HttpStatus.BAD_REQUEST, "no file to import: " + HOW);
	}

	private static boolean isImport(HttpServletRequest request) {
		return request.getRequestURI().equals(request.getContextPath() + "/import");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
