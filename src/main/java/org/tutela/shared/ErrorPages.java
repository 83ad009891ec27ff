package org.tutela.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for errors that reach Spring Boot's error controller (an unknown address, a refused route): the
 * same page as {@link PageErrors} shows, with the status it explains and the request id it asks the user to report.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new LinkedHashMap<>(model);
        page.put("status", status.value());
        Object id = request.getAttribute(RequestIds.ATTRIBUTE);
        page.put("requestId", id != null ? id : RequestIds.current());
        return new ModelAndView("error", page, status);
    }
}
