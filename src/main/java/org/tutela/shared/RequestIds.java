package org.tutela.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives every request an id, carried in the logs, the audit trail and the {@code X-Request-Id} header. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "requestId";
    /** The request attribute holding the id, where the error dispatch finds it. */
    public static final String ATTRIBUTE = RequestIds.class.getName();

    /** The current request's id, or {@code "-"} outside a request. */
    public static String current() {
        String id = MDC.get(KEY);
        return id == null ? "-" : id;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = UUID.randomUUID().toString();
        MDC.put(KEY, id);
        request.setAttribute(ATTRIBUTE, id); // for the error page, rendered after this filter is done
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }
}
