package fr.inserre.kiosk.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Static resources with a versioned address ({@code ?v=}: ours by content hash, see
 * {@link VersionedResources}; PrimeFaces' by its release) are kept by the browser for a year without
 * asking again ({@code immutable}): a kiosk's repeat visits fetch only the page. Faces' own caching
 * headers (a week, then revalidation) are replaced for those; unversioned resources keep them.
 * Pages are never cached at all (SecurityHeadersFilter).
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*", asyncSupported = true)
public class ResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String FOREVER = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter(VersionedResources.VERSION_PARAMETER) == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", FOREVER);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!overridden(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!overridden(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!overridden(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!overridden(name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    /** Faces' Cache-Control and Expires give way to ours. */
    private static boolean overridden(String header) {
        return "Cache-Control".equalsIgnoreCase(header) || "Expires".equalsIgnoreCase(header);
    }
}
