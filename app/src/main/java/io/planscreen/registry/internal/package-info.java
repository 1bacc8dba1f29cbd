/** The model registry's table, the admin API and the active versions in /actuator/info. */
@NullMarked
package io.planscreen.registry.internal;

import org.jspecify.annotations.NullMarked;
