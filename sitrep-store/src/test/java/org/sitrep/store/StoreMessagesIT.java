package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database error says what went wrong in one line, in the user's terms. */
class StoreMessagesIT {
  @TempDir Path dir;

  @Test
  void aDatabaseThatCannotBeOpenedNamesTheCauseNotAUser() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("not-a-file.duckdb"));
    StoreException e = catchThrowableOfType(StoreException.class, () -> Store.open(folder));
    assertThat(e.getMessage())
        .startsWith("cannot open " + folder.toAbsolutePath() + ": ")
        .doesNotContain("user")
        .doesNotContain("null")
        .doesNotContain("jdbc:")
        .doesNotContain("\n");
  }

  @Test
  void aFullDiskIsCalledAFullDiskEvenWhenTheRollbackComplainsToo() {
    SQLException commit =
        new SQLException(
            "IO Error: Could not write file \"s.duckdb.wal\": No space left on device");
    commit.addSuppressed(
        new SQLException("TransactionContext Error: cannot commit - no transaction is active"));
    StoreException e = new StoreException("cannot store article a1", commit);
    assertThat(e.diskFull()).isTrue();
    assertThat(e.getMessage())
        .startsWith("cannot store article a1: the disk is full")
        .doesNotContain("TransactionContext");
  }
}
