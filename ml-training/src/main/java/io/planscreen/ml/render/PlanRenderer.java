package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;

/**
 * Turns a plan into the bytes of a real document. Used by the corpus generator (to render the data
 * set) and by parsing tests (fixtures), so both see the same files.
 */
public interface PlanRenderer {

    RenderOptions.Format format();

    byte[] render(PlanText plan, RenderOptions options);
}
