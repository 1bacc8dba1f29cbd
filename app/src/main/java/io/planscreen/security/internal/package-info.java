/** Spring Security wiring, the user store and the JWT mapping; nothing here is API. */
@NullMarked
package io.planscreen.security.internal;

import org.jspecify.annotations.NullMarked;
