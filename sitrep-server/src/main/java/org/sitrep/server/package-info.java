/**
 * The HTTP front: a REST API under {@code /api} (described by {@code /api/openapi.json}), exports,
 * and the web app's static files, served by Javalin. This is the only package that imports Javalin.
 * Errors become JSON in one exception mapper ({@link org.sitrep.server.ApiErrors}).
 */
package org.sitrep.server;
