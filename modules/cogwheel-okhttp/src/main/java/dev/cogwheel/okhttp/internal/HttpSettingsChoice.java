package dev.cogwheel.okhttp.internal;

import dev.cogwheel.okhttp.HttpSettings;

/**
 * The settings one {@code HttpModule} was given and where the user's code made that module: the
 * first frame of the constructor's caller, which is where the module is installed or handed to the
 * container.
 */
public record HttpSettingsChoice(HttpSettings settings, String madeAt) {

  /** The choice of a module of class {@code module} being constructed now with {@code settings}. */
  public static HttpSettingsChoice of(HttpSettings settings, Class<?> module) {
    String moduleName = module.getName();
    String madeAt =
        StackWalker.getInstance()
            .walk(
                frames ->
                    frames
                        .filter(
                            frame ->
                                !frame.getClassName().equals(moduleName)
                                    && !frame
                                        .getClassName()
                                        .equals(HttpSettingsChoice.class.getName()))
                        .findFirst()
                        .map(
                            frame ->
                                frame.getClassName()
                                    + "."
                                    + frame.getMethodName()
                                    + "("
                                    + frame.getFileName()
                                    + ":"
                                    + frame.getLineNumber()
                                    + ")")
                        .orElse("an unknown place"));
    return new HttpSettingsChoice(settings, madeAt);
  }
}
