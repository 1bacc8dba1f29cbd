package io.planscreen.ml.broker;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/** The MLP: z-scored features → hidden ReLU layers → one logit (broker-written). */
public final class BrokerNetwork {

    private BrokerNetwork() {}

    public static Block block(int[] hidden) {
        SequentialBlock block = new SequentialBlock();
        for (int units : hidden) {
            block.add(Linear.builder().setUnits(units).build());
            block.add(Activation::relu);
        }
        block.add(Linear.builder().setUnits(1).build());
        return block;
    }

    static void initialize(Block block, NDManager manager, int inputs) {
        block.initialize(manager, DataType.FLOAT32, new Shape(1, inputs));
    }
}
