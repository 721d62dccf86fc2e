/**
 * The REST API under {@code /api/v1} (JSON, documented as OpenAPI 3 at {@code /v3/api-docs} with
 * Swagger UI): the open calls for anyone; for logged-in users (HTTP basic, the same users and rules as
 * the screens) their applications, projects with decisions, payments, reports and deadlines; for staff
 * the funding-use figures, the payment file and the grant data for the state's grant data store; for
 * administrators the consistency check. One controller per resource, records as the documents;
 * everything is read through the modules' facades, which check roles and organisations, never their
 * internals. Errors are RFC 7807 problem documents in the caller's language (Finnish by default,
 * Swedish, English), without stack traces. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "organisation", "programme",
        "application", "review", "project", "payment", "report", "deadline", "funding", "consistency"})
package fi.avustus.api;
