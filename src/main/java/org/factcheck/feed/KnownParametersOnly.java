package org.factcheck.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter the endpoint does not take, with a 400 that names it: a misspelt
 * filter ({@code ratng=false}) would otherwise be ignored and the reader would trust an unfiltered
 * list. The parameters an endpoint takes are its {@code @RequestParam}s; one that takes a map of
 * them takes any.
 */
class KnownParametersOnly implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod endpoint)) {
            return true;
        }
        Set<String> known = Arrays.stream(endpoint.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestParam.class))
                .map(parameter -> Map.class.isAssignableFrom(parameter.getParameterType())
                        ? "*" : parameter.getParameterAnnotation(RequestParam.class).name())
                .collect(Collectors.toSet());
        if (known.contains("*")) {
            return true;
        }
        request.getParameterMap().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .findFirst()
                .ifPresent(unknown -> {
                    throw Problems.badParameter(unknown, "This endpoint takes no parameter '" + unknown + "'. "
                            + (known.isEmpty() ? "It takes no parameters at all."
                            : "It takes: " + known.stream().sorted().collect(Collectors.joining(", ")) + "."));
                });
        return true;
    }
}
