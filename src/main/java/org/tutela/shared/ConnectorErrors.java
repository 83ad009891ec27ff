package org.tutela.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before any controller sees them. By Tomcat: a header holding a control character (an
 * {@code If-Match} with a NUL, say), a path with an encoded NUL or slash or bytes that are not UTF-8, a request line
 * or headers larger than the connector takes. By Spring Security's firewall: a path that is not normalized
 * ({@code ..}), a header value with a control character, read when a controller asks for it. The API answers them
 * with a problem document like any other 400; pages keep the short error page. The valve replaces the one that
 * Spring Boot adds to the host (its own customizer runs first).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final String DETAIL = "The request's address or headers could not be read: a control character, an "
            + "encoded NUL or slash, a path that is not normalized, bytes that are not UTF-8, or more than the server "
            + "takes.";

    /** Spring Security's firewall: a 400 problem document for the API, the 400 page for pages. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            if (request.getRequestURI() != null && request.getRequestURI().startsWith("/api/")) {
                Locale locale = Languages.fromHeader(request);
                write(response, 400, Messages.text(locale, "problem.badRequest"),
                        Messages.text(locale, "problem.badRequest.detail"));
            } else {
                response.sendError(400);
            }
        };
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ProblemResponses.write(response, status, title, detail, "request", detail);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemValve.class.getName());
            host.getPipeline().addValve(new ProblemValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error valve, which writes a problem document for the API. */
    public static class ProblemValve extends ErrorReportValve {

        public ProblemValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() >= 400 && !response.isCommitted()) {
                // Tomcat closes a connection whose request it could not read: say so, or a client may send its next
                // request on it and get no answer at all
                response.setHeader("Connection", "close");
            }
            // a request line too long to read has no path: a browser showing a page does not send one
            String uri = request.getCoyoteRequest().requestURI().toString();
            if (uri != null && !uri.isEmpty() && !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String title = status == 400 ? "Bad Request" : status == 413 ? "Content Too Large"
                    : status == 414 ? "URI Too Long" : status == 431 ? "Request Header Fields Too Large" : "Error";
            try {
                // Tomcat answers before any header is read as Spring would: English, as HTTP names the statuses
                write(response, status, title, status >= 500 ? "Something went wrong." : DETAIL);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone, or the response was taken: nothing more to write
            }
        }
    }
}
