package org.tutela.directory;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.tutela.shared.Languages;

/**
 * The language of every page and API answer. A signed-in user's choice is kept with the user (so it follows them to
 * any browser and node) and wins on pages; before sign-in, the choice made on the sign-in page (a cookie), else the
 * browser's Accept-Language. The API answers in the language its caller's Accept-Language asks for, else the
 * user's. English when nothing names one of Tutela's languages.
 */
@Controller
class LanguageChoice {

    static final String COOKIE = "TUTELA_LANG";

    private final UserAdministration administration;

    LanguageChoice(UserAdministration administration) {
        this.administration = administration;
    }

    /** The language menu: kept with the signed-in user, and in a cookie for the pages before sign-in. */
    @PostMapping("/language")
    String choose(@RequestParam(required = false) String language, @RequestParam(required = false) String from,
                  HttpServletRequest request, HttpServletResponse response) {
        if (Languages.known(language)) {
            if (signedIn() instanceof CurrentUser me) {
                administration.chooseLanguage(me, language);
            }
            Cookie cookie = new Cookie(COOKIE, language);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return "redirect:" + (localPath(from) ? from : "/");
    }

    /** Only a path of this site: never another site's address ("//evil.example", "/\evil.example"). */
    static boolean localPath(String from) {
        return from != null && from.startsWith("/") && !from.startsWith("//") && !from.startsWith("/\\")
                && from.length() <= 2000
                // printable ASCII (a page's links are encoded so), without the braces a redirect reads as variables
                && from.chars().allMatch(c -> c >= 0x21 && c < 0x7f && c != '{' && c != '}');
    }

    private static Object signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getPrincipal();
    }

    @Component("localeResolver")
    static class Resolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            String asked = Languages.accepted(request.getHeader("Accept-Language"));
            if (asked != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                return Languages.locale(asked);
            }
            if (signedIn() instanceof CurrentUser me && Languages.known(me.language())) {
                return Languages.locale(me.language());
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (COOKIE.equals(cookie.getName()) && Languages.known(cookie.getValue())) {
                        return Languages.locale(cookie.getValue());
                    }
                }
            }
            return Languages.locale(asked);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            throw new UnsupportedOperationException("A language is chosen at POST /language");
        }
    }
}
