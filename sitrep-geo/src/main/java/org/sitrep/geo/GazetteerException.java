package org.sitrep.geo;

/** The gazetteer index could not be found or read. */
public final class GazetteerException extends RuntimeException {
  private final String resource;

  public GazetteerException(String resource, String reason, Throwable cause) {
    super(resource + ": " + reason, cause);
    this.resource = resource;
  }

  /** The index that failed: a classpath resource or a path. */
  public String resource() {
    return resource;
  }
}
