package org.tutela.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.propertyeditors.CustomBooleanEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one rule for text that users and clients send: it is stored as sent, unless it holds a character no record can
 * keep: a control character other than tab, line feed and carriage return (PostgreSQL text cannot hold U+0000 at all)
 * or half of a surrogate pair. Such text is refused, before any module's code sees it:
 * <ul>
 * <li>in JSON bodies, at any depth, by the string deserializer below: a 400 naming the field's path (ApiErrors). It
 * takes JSON strings only: a number, boolean, object or array where text is due is refused the same way, rather than
 * kept as some other text than was sent;</li>
 * <li>in the API's query parameters and multipart fields, and in every multipart file name, by a filter and an
 * interceptor: a 400 problem naming the parameter or the file's part;</li>
 * <li>in page forms, by the data binder: the field's error next to the field ({@code typeMismatch.java.lang.String}
 * in messages.properties), and forms read with FormBinder meet the string deserializer.</li>
 * </ul>
 * Right-to-left overrides, markup and SQL are text like any other: kept as sent, escaped where they are shown.
 */
@Configuration(proxyBeanMethods = false)
public class PlainText {

    /** Why a text cannot be kept, for the field's error. */
    public static final String REFUSED = "invalid.characters";

    /** Why a JSON value that is not a string cannot be read as text. */
    public static final String NOT_TEXT = "invalid.notText";

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

    /**
     * A value of a JSON body that the API does not read as sent (text holding what cannot be kept, a number where text
     * or a date is due): a 400 naming its path and the reason (see ApiErrors).
     */
    public static final class Refused extends MismatchedInputException {

        private final String reason;

        public Refused(JsonParser parser, Class<?> type, String reason) {
            super(parser, reason, type);
            this.reason = reason;
        }

        /** Why, for the field's error. */
        public String reason() {
            return reason;
        }
    }

    @Bean
    JacksonModule plainTextModule() {
        SimpleModule module = new SimpleModule("plain-text");
        module.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    throw new Refused(parser, String.class, NOT_TEXT);
                }
                String text = parser.getString();
                if (!acceptable(text)) {
                    throw new Refused(parser, String.class, REFUSED);
                }
                return text;
            }
        });
        return module;
    }

    /**
     * The API's query and form parameters, names and values alike: refused before any controller reads them. A
     * multipart request is checked once the multipart resolver has read it, within its size limits
     * ({@link #multipartFields}); its JSON part meets the deserializer above. Pages are left to the data binder
     * ({@link PageFields}), so that a form comes back with the field's error.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    OncePerRequestFilter plainTextParameters() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !api(request) || isMultipart(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String refused = refusedParameter(request);
                if (refused == null) {
                    chain.doFilter(request, response);
                } else {
                    refuse(request, response, refused);
                }
            }
        };
    }

    /**
     * The parts of a multipart request, once resolved: every file's name (which Tomcat does not check beyond a NUL,
     * and which ApiErrors refuses), and, for the API, the fields (a sign-in's name is cleaned where it is read:
     * Accounts).
     */
    @Bean
    WebMvcConfigurer multipartFields() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws IOException {
                        if (!(request instanceof MultipartHttpServletRequest multipart)) {
                            return true;
                        }
                        String refused = refusedFileName(multipart);
                        if (refused == null && api(request)) {
                            refused = refusedParameter(request);
                        }
                        if (refused == null) {
                            return true;
                        }
                        refuse(request, response, refused);
                        return false;
                    }
                });
            }
        };
    }

    /**
     * Page forms: a field that cannot be kept is the field's error (code {@code typeMismatch}), and the form comes back
     * with it; a query parameter of a page that cannot be kept is a 400 page. Codes, ids and yes/no are checked too:
     * Spring trims them before it reads them, which would drop a NUL at either end and keep the rest.
     */
    @ControllerAdvice
    static class PageFields {

        @InitBinder
        void refuseWhatCannotBeKept(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new Checked(text -> text));
            // a String for an enum: Spring reads the enum from it as it would have (trimmed, by name)
            binder.registerCustomEditor(Enum.class, new Checked(text -> text));
            binder.registerCustomEditor(UUID.class, new Checked(text -> text.isBlank() ? null
                    : UUID.fromString(text.trim())));
            binder.registerCustomEditor(Boolean.class, new Checked(new CustomBooleanEditor(true)));
            binder.registerCustomEditor(boolean.class, new Checked(new CustomBooleanEditor(false)));
        }
    }

    /** A form field's editor that refuses text no record can keep, then reads it as before. */
    private static final class Checked extends PropertyEditorSupport {

        private final java.util.function.Function<String, Object> read;

        Checked(java.util.function.Function<String, Object> read) {
            this.read = read;
        }

        Checked(PropertyEditor editor) {
            this(text -> {
                editor.setAsText(text);
                return editor.getValue();
            });
        }

        @Override
        public void setAsText(String text) {
            if (text != null && !acceptable(text)) {
                throw new IllegalArgumentException(REFUSED);
            }
            setValue(text == null ? null : read.apply(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The first parameter whose name or value cannot be kept, or null. */
    private static String refusedParameter(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (org.apache.tomcat.util.http.InvalidParameterException unreadable) {
            return "parameters"; // not UTF-8 (%ED%A0%80, half of a surrogate pair): Tomcat cannot read them at all
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!acceptable(parameter.getKey())) {
                return "parameter";
            }
            for (String value : parameter.getValue()) {
                if (!acceptable(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    /** The part of the first file whose name cannot be kept, or null. */
    private static String refusedFileName(MultipartHttpServletRequest request) {
        for (Map.Entry<String, List<MultipartFile>> part : request.getMultiFileMap().entrySet()) {
            for (MultipartFile file : part.getValue()) {
                String name = file.getOriginalFilename();
                if (name != null && !acceptable(name)) {
                    return acceptable(part.getKey()) ? part.getKey() : "file";
                }
            }
        }
        return null;
    }

    /** A problem document naming the field for the API; the error page, which says what to do, for a page. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String field)
            throws IOException {
        if (!api(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = Languages.fromHeader(request);
        String message = Messages.text(locale, REFUSED);
        ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, Messages.text(locale, "problem.invalid"),
                Messages.label(locale, field) + ": " + message, field, message);
    }
}
