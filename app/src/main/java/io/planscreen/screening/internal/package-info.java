/** The job table, the worker and the status endpoints; not API. */
@NullMarked
package io.planscreen.screening.internal;

import org.jspecify.annotations.NullMarked;
