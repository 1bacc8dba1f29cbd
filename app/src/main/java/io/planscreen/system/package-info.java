/** Cross-cutting plumbing: problem+json errors, locale, correlation ids, health and OpenAPI. */
@NullMarked
package io.planscreen.system;

import org.jspecify.annotations.NullMarked;
