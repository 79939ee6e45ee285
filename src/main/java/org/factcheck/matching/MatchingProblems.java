package org.factcheck.matching;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The import's refusals as RFC 9457 problem+json, Spring MVC's own (a wrong content type: 415) among
 * them. Access refusals are left to the /desk security chain, which answers them as problems too.
 */
@RestControllerAdvice(basePackageClasses = MatchingProblems.class)
class MatchingProblems extends ResponseEntityExceptionHandler {
}
