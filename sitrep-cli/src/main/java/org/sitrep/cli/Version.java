package org.sitrep.cli;

import picocli.CommandLine;

/** The version picocli prints for {@code --version}. */
final class Version implements CommandLine.IVersionProvider {
  static String sitrep() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"sitrep " + sitrep()};
  }
}
