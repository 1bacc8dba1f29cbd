/** Model versions with their cards, metrics and hashes; which one is active; switching is an audited admin action. */
@NullMarked
package io.planscreen.registry;

import org.jspecify.annotations.NullMarked;
