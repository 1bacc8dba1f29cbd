/** Upload of business plans, storage of the original bytes, file-type checks; publishes ApplicationReceived. */
@NullMarked
package io.planscreen.intake;

import org.jspecify.annotations.NullMarked;
