/** The audit log's implementation: the chain writer, verification, checkpoints, reproduction and auditor views. */
@NullMarked
package io.planscreen.audit.internal;

import org.jspecify.annotations.NullMarked;
