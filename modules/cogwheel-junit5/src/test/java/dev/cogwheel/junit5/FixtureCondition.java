package dev.cogwheel.junit5;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables a {@link Fixture} only when the configuration parameter set by {@link Fixtures} is there.
 */
final class FixtureCondition implements ExecutionCondition {
  static final String PARAMETER = "cogwheel.junit5.fixtures";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context.getConfigurationParameter(PARAMETER).filter("true"::equals).isPresent()
        ? ConditionEvaluationResult.enabled("run by a spec through EngineTestKit")
        : ConditionEvaluationResult.disabled(
            "a fixture: runs only through EngineTestKit, from its spec");
  }
}
