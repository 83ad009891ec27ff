package org.tutela.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request's locales read from {@code Accept-Language} by Tutela, not by Tomcat: Tomcat throws on a header of more
 * than ten languages (a 500 for any visitor), and on one it cannot parse. Here the header's first {@value #MOST}
 * well-formed ranges count and anything else is ignored, so every request has its locales (English at worst).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AcceptLanguages extends OncePerRequestFilter {

    static final int MOST = 10;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<Locale> locales = locales(request.getHeader("Accept-Language"));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Locale getLocale() {
                return locales.get(0);
            }

            @Override
            public Enumeration<Locale> getLocales() {
                return Collections.enumeration(locales);
            }
        }, response);
    }

    /** The header's languages in order of preference, at most {@value #MOST}; the default locale when none. */
    static List<Locale> locales(String header) {
        List<Locale> locales = Languages.ranges(header).stream().limit(MOST).map(Locale.LanguageRange::getRange)
                .filter(r -> !r.equals("*")).map(Locale::forLanguageTag).filter(l -> !l.getLanguage().isEmpty())
                .toList();
        return locales.isEmpty() ? List.of(Locale.getDefault()) : locales;
    }
}
