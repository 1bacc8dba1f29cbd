/** Ids and value types every module may use; an open module with no behaviour of its own. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.planscreen.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
