package org.vinculos.importer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an import upload larger than the server takes with its limit and how to raise it. Spring refuses such an
 * upload while reading the request, before it knows the controller, so only advice for every controller sees it; this
 * one goes before Boot's problem-details advice, which would answer "Maximum upload size exceeded".
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final String limit;

	UploadLimitAdvice(@Value("${spring.servlet.multipart.max-request-size}") String limit) {
		this.limit = limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "the upload is larger than the " + this.limit
					+ " this server takes; send the files one by one, or start the server with VINCULOS_IMPORT_MAX_SIZE set higher"));
	}

}
