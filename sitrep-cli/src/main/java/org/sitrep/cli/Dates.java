package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.ingest.PublicationDates;
import picocli.CommandLine;

/** Date options: the checks and the one-line messages of {@link PublicationDates}. */
final class Dates {
  private Dates() {}

  /** Converts {@code --published}: a real day in range, else picocli's one-line usage error. */
  static final class Converter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return PublicationDates.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
