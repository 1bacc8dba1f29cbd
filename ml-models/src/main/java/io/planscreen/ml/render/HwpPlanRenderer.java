package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;

final class HwpPlanRenderer implements PlanRenderer {

    @Override
    public RenderOptions.Format format() {
        return RenderOptions.Format.HWP;
    }

    @Override
    public byte[] render(PlanText plan, RenderOptions options) {
        throw new UnsupportedOperationException("HWP rendering not written yet");
    }
}
