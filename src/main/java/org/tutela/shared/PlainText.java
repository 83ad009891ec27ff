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
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
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
     * request is checked once the multipart resolver has read it, within its size limits ({@link #multipartFields});
     * its JSON part meets the deserializer above.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    OncePerRequestFilter plainTextParameters() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (isMultipart(request) || acceptableParameters(request)) {
                    chain.doFilter(request, response);
                } else {
                    refuse(request, response);
                }
            }
        };
    }

    /** The fields of a multipart form, once resolved (a sign-in's name is cleaned where it is read: Accounts). */
    @Bean
    WebMvcConfigurer multipartFields() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws IOException {
                        if (!isMultipart(request) || acceptableParameters(request)) {
                            return true;
                        }
                        refuse(request, response);
                        return false;
                    }
                });
            }
        };
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean acceptableParameters(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!acceptable(parameter.getKey())) {
                request.setAttribute(REFUSED_FIELD, "parameter");
                return false;
            }
            for (String value : parameter.getValue()) {
                if (!acceptable(value)) {
                    request.setAttribute(REFUSED_FIELD, parameter.getKey());
                    return false;
                }
            }
        }
        return true;
    }

    private static final String REFUSED_FIELD = PlainText.class.getName() + ".field";

    /** A problem document naming the field for the API; the error page, which says what to do, for a page. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String field = json(String.valueOf(request.getAttribute(REFUSED_FIELD)));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"" + field + ": " + REFUSED + "\",\"errors\":[{\"field\":\"" + field
                + "\",\"message\":\"" + REFUSED + "\"}]}");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t");
    }
}
