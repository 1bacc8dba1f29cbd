/**
 * The tamper-evident decision log: every model and human decision hash-chained, verified, checkpointed and
 * reproducible, plus the auditor's views (search, overrides, fairness). Listens to everything; nobody depends on it.
 */
@NullMarked
package io.planscreen.audit;

import org.jspecify.annotations.NullMarked;
