/** The DJL broker classifier adapter: BrokerLikelihood with reasons and evidence, never a decision by itself. */
@NullMarked
package io.planscreen.scoring;

import org.jspecify.annotations.NullMarked;
