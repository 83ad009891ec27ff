package org.tutela.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one rule for text that users and clients send: it is stored as sent, unless it holds a character no record can
 * keep: a control character other than tab, line feed and carriage return (PostgreSQL text cannot hold U+0000 at all)
 * or half of a surrogate pair. Such text is refused with a 400 naming the field, in JSON bodies at any depth (a string
 * deserializer) and in form fields and query parameters (a filter), before any code sees it.
 */
@Configuration(proxyBeanMethods = false)
public class PlainText {

    /** Why a text cannot be kept, for the field's error. */
    public static final String REFUSED = "must not contain control characters or broken characters";

    /** Whether the text holds only characters a record can keep. */
    public static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A string field of a JSON body holding what cannot be kept: a 400 naming its path (see ApiErrors). */
    public static final class Refused extends MismatchedInputException {
        Refused(JsonParser parser) {
            super(parser, REFUSED, String.class);
        }
    }

    @Bean
    JacksonModule plainTextModule() {
        SimpleModule module = new SimpleModule("plain-text");
        module.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String text = StringDeserializer.instance.deserialize(parser, context);
                if (text != null && !acceptable(text)) {
                    throw new Refused(parser);
                }
                return text;
            }
        });
        return module;
    }

    /**
     * Form fields and query parameters, names and values alike: refused before any controller reads them. A multipart
     * request is left to the multipart resolver, which enforces its size limits (its JSON part meets the deserializer
     * above, and file names are cleaned where files are stored).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    OncePerRequestFilter plainTextParameters() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String type = request.getContentType();
                if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                    chain.doFilter(request, response);
                    return;
                }
                for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                    boolean refused = !acceptable(parameter.getKey());
                    for (String value : parameter.getValue()) {
                        refused |= !acceptable(value);
                    }
                    if (refused && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST); // the error page says what to do
                        return;
                    }
                    if (refused) {
                        String field = acceptable(parameter.getKey()) ? parameter.getKey() : "parameter";
                        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                        response.setCharacterEncoding("UTF-8");
                        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Invalid request\","
                                + "\"status\":400,\"detail\":\"" + json(field) + ": " + REFUSED + "\",\"errors\":[{"
                                + "\"field\":\"" + json(field) + "\",\"message\":\"" + REFUSED + "\"}]}");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
