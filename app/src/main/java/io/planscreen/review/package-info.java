/** The evaluator's part: per-program review queue by risk, assignment, decisions with reasons, referral confirmation. */
@NullMarked
package io.planscreen.review;

import org.jspecify.annotations.NullMarked;
