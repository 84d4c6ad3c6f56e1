package org.concert.server;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

/**
 * CORS as documented: any origin may read, with the methods the endpoint serves (GET, POST, OPTIONS) and
 * without credentials. Fuseki's own filter, configured instead of its defaults (credentials, PUT, DELETE, PATCH).
 */
final class Cors extends CrossOriginFilter {
    @Override
    public void init(FilterConfig config) throws ServletException {
        Map<String, String> params = Map.of(
                ALLOWED_ORIGINS_PARAM, "*",
                ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
                ALLOW_CREDENTIALS_PARAM, "false",
                CHAIN_PREFLIGHT_PARAM, "false");
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "concert-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return params.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        });
    }
}
