/** Queue ranking, decision storage, page images and the review endpoints; not API. */
@NullMarked
package io.planscreen.review.internal;

import org.jspecify.annotations.NullMarked;
