package io.tailor.scoring.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as RFC 9457 problem details with a stable type. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(LineLimit.TextTooLongException.class)
	ProblemDetail tooLong(LineLimit.TextTooLongException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		problem.setType(URI.create("https://tailor.dev/problems/text-too-long"));
		problem.setTitle("Text too long");
		return problem;
	}

	@ExceptionHandler(ScoringController.UnknownSkillException.class)
	ProblemDetail unknownSkill(ScoringController.UnknownSkillException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create("https://tailor.dev/problems/unknown-skill"));
		problem.setTitle("Unknown skill");
		return problem;
	}

}
