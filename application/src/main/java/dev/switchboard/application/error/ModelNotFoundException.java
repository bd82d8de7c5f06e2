package dev.switchboard.application.error;

/** No enabled channel serves the requested model. */
public class ModelNotFoundException extends RuntimeException {
    public ModelNotFoundException(String model) {
        super("model '" + model + "' is not available");
    }
}
