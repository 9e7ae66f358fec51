package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/** Reading text, HTML, JSON Lines, folders and stdin, and every kind of bad input. */
class ArticleReaderTest {
  private static final String SUDAN =
      "Shelling killed at least 14 people in a displacement camp outside El Fasher on Sunday,"
          + " medics said.\n"
          + "Adam Yousif, 62, said: “We buried our neighbours before the sun came up.”\n";

  private static final String GAZA_HTML =
      "<!DOCTYPE html><html><head><title>Strike on Gaza school</title></head><body>"
          + "<article><p>An air strike hit a school sheltering displaced families in Deir"
          + " al-Balah on Thursday, medics said.</p></article></body></html>";

  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  @TempDir Path dir;

  private List<InputItem> read(String... paths) {
    return new ArticleReader().readAll(List.of(paths), NO_STDIN);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private static RawArticle only(List<InputItem> items) {
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(InputItem.Read.class);
    return ((InputItem.Read) items.get(0)).article();
  }

  /** Exactly one failure, whose reason is one line and mentions what is wrong. */
  private static InputItem.Failed onlyFailure(List<InputItem> items, String... reasonWords) {
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(InputItem.Failed.class);
    InputItem.Failed f = (InputItem.Failed) items.get(0);
    assertOneLineReason(f);
    for (String w : reasonWords) {
      assertThat(f.reason()).containsIgnoringCase(w);
    }
    return f;
  }

  private static void assertOneLineReason(InputItem.Failed f) {
    assertThat(f.reason()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    assertThat(f.reason()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(f.message()).startsWith(f.origin() + ": ");
  }

  // ---- good inputs ----

  @Test
  void plainTextFileIsReadAsTextWithItsPathAsOriginAndSource() throws IOException {
    Path p = write("sudan.txt", SUDAN);
    RawArticle a = only(read(p.toString()));
    assertThat(a.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(a.body()).isEqualTo(SUDAN);
    assertThat(a.origin()).isEqualTo(p.toString());
    assertThat(a.source()).isEqualTo(p.toString());
    assertThat(a.id()).isNull();
    assertThat(a.published()).isNull();
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws IOException {
    byte[] body = SUDAN.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(body, 0, withBom, 3, body.length);
    RawArticle a = only(read(writeBytes("bom.txt", withBom).toString()));
    assertThat(a.body()).isEqualTo(SUDAN);
  }

  @Test
  void htmlIsRecognisedByExtension() throws IOException {
    // no markup at the start, but the extension says HTML
    Path p = write("page.htm", "Strike on Gaza school <p>An air strike hit a school.</p>");
    assertThat(only(read(p.toString())).format()).isEqualTo(SourceFormat.HTML);
    Path q = write("page.html", GAZA_HTML);
    assertThat(only(read(q.toString())).format()).isEqualTo(SourceFormat.HTML);
  }

  @Test
  void htmlIsRecognisedByItsContentWhateverTheExtension() throws IOException {
    Path p = write("saved-page.txt", "\n\n  " + GAZA_HTML);
    assertThat(only(read(p.toString())).format()).isEqualTo(SourceFormat.HTML);
    Path q = write("fragment.txt", "<html><body><p>Clashes in Sittwe.</p></body></html>");
    assertThat(only(read(q.toString())).format()).isEqualTo(SourceFormat.HTML);
  }

  @Test
  void textThatMerelyMentionsHtmlIsStillText() throws IOException {
    Path p = write("note.txt", "The army's website showed <no> casualties, officials said.");
    assertThat(only(read(p.toString())).format()).isEqualTo(SourceFormat.TEXT);
  }

  @Test
  void jsonLinesGiveOneArticleEachWithIdPublishedTitleAndSource() throws IOException {
    Path p =
        write(
            "docs.jsonl",
            "{\"id\":\"gaza-1\",\"text\":\"Strikes hit Khan Younis overnight.\","
                + "\"published\":\"2024-01-17\",\"title\":\"Night of strikes\","
                + "\"source\":\"Example Wire\"}\n"
                + "\n"
                + "{\"id\":\"syria-2\",\"html\":\"<p>Shelling resumed near Idlib.</p>\","
                + "\"published\":\"2024-02-03T08:15:00Z\"}\n");
    List<InputItem> items = read(p.toString());
    assertThat(items).hasSize(2).allMatch(i -> i instanceof InputItem.Read);
    RawArticle first = ((InputItem.Read) items.get(0)).article();
    assertThat(first.id()).isEqualTo("gaza-1");
    assertThat(first.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(first.body()).isEqualTo("Strikes hit Khan Younis overnight.");
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 1, 17));
    assertThat(first.title()).isEqualTo("Night of strikes");
    assertThat(first.source()).isEqualTo("Example Wire");
    assertThat(first.origin()).isEqualTo(p + ":1");

    RawArticle second = ((InputItem.Read) items.get(1)).article();
    assertThat(second.id()).isEqualTo("syria-2");
    assertThat(second.format()).isEqualTo(SourceFormat.HTML);
    assertThat(second.published()).isEqualTo(LocalDate.of(2024, 2, 3));
    assertThat(second.title()).isNull();
    // the blank line 2 is skipped but still counted
    assertThat(second.origin()).isEqualTo(p + ":3");
  }

  @Test
  void folderIsReadRecursivelyInNameOrderAndSkipsOtherFiles() throws IOException {
    write("b-ukraine.txt", "Missiles hit Kharkiv overnight.");
    write("a-sudan.txt", SUDAN);
    write("c/inner-myanmar.html", "<p>Junta aircraft bombed a village near Lashio.</p>");
    write("c/a-sahel.txt", "Fighters attacked an army post near Djibo.");
    write("notes.md", "# not an article");
    write("image.png", "not text either");
    List<InputItem> items = read(dir.toString());
    assertThat(items).allMatch(i -> i instanceof InputItem.Read);
    assertThat(items)
        .extracting(i -> dir.relativize(Path.of(i.origin())).toString().replace('\\', '/'))
        .containsExactly("a-sudan.txt", "b-ukraine.txt", "c/a-sahel.txt", "c/inner-myanmar.html");
  }

  @Test
  void emptyFolderIsOneFailure() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    InputItem.Failed f = onlyFailure(read(empty.toString()), "folder", ".txt");
    assertThat(f.origin()).isEqualTo(empty.toString());
  }

  @Test
  void dashReadsStandardInputAsText() {
    InputStream stdin = new ByteArrayInputStream(SUDAN.getBytes(StandardCharsets.UTF_8));
    List<InputItem> items = new ArticleReader().readAll(List.of("-"), stdin);
    RawArticle a = only(items);
    assertThat(a.origin()).isEqualTo("-");
    assertThat(a.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(a.body()).isEqualTo(SUDAN);
  }

  @Test
  void dashReadsJsonLinesAndHtmlFromStandardInput() {
    String jsonl =
        "{\"id\":\"m1\",\"text\":\"Junta jets bombed a village near Lashio.\"}\n"
            + "{\"id\":\"m2\",\"text\":\"Resistance fighters took an outpost.\"}\n";
    List<InputItem> items =
        new ArticleReader()
            .readAll(
                List.of("-"), new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
    assertThat(items).hasSize(2);
    assertThat(items)
        .extracting(i -> ((InputItem.Read) i).article().id())
        .containsExactly("m1", "m2");

    List<InputItem> html =
        new ArticleReader()
            .readAll(
                List.of("-"), new ByteArrayInputStream(GAZA_HTML.getBytes(StandardCharsets.UTF_8)));
    assertThat(only(html).format()).isEqualTo(SourceFormat.HTML);
  }

  @Test
  void emptyStandardInputIsOneFailure() {
    List<InputItem> items = new ArticleReader().readAll(List.of("-"), NO_STDIN);
    InputItem.Failed f = onlyFailure(items, "empty");
    assertThat(f.origin()).isEqualTo("-");
  }

  @Test
  void pathsAreReadInTheOrderGiven() throws IOException {
    Path z = write("z.txt", "Fighting near Bakhmut.");
    Path a = write("a.txt", "Fighting near Avdiivka.");
    List<InputItem> items = read(z.toString(), a.toString());
    assertThat(items).extracting(InputItem::origin).containsExactly(z.toString(), a.toString());
  }

  // ---- bad inputs: exactly one Failed each, never an exception ----

  @Test
  void emptyFile() throws IOException {
    Path p = write("empty.txt", "");
    InputItem.Failed f = onlyFailure(read(p.toString()), "empty");
    assertThat(f.origin()).isEqualTo(p.toString());
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    Path p = write("blank.txt", "  \n\t\n   \r\n");
    onlyFailure(read(p.toString()), "empty");
  }

  @Test
  void binaryFileWithNulBytes() throws IOException {
    byte[] bytes = "Shelling in Homs\u0000\u0000\u0001\u0002 more".getBytes(StandardCharsets.UTF_8);
    Path p = writeBytes("dump.txt", bytes);
    onlyFailure(read(p.toString()), "binary");
  }

  @Test
  void invalidUtf8LikeALatin1Eacute() throws IOException {
    // "Café in Aleppo" written in Latin-1: é is the single byte 0xE9
    byte[] bytes = "Caf\u00e9 in Aleppo was shelled.".getBytes(StandardCharsets.ISO_8859_1);
    Path p = writeBytes("latin1.txt", bytes);
    onlyFailure(read(p.toString()), "UTF-8");
  }

  @Test
  void fileOverTheSizeLimitIsRefused() throws IOException {
    Path p = write("long.txt", "Shelling continued in Bakhmut. ".repeat(100)); // 3,100 bytes
    List<InputItem> items = new ArticleReader(1024).readAll(List.of(p.toString()), NO_STDIN);
    onlyFailure(items, "too large", "limit");
    // the same file is fine under a larger limit
    assertThat(new ArticleReader(4096).readAll(List.of(p.toString()), NO_STDIN))
        .singleElement()
        .isInstanceOf(InputItem.Read.class);
  }

  @Test
  void standardInputOverTheSizeLimitIsRefused() {
    byte[] big = "Shelling continued in Bakhmut. ".repeat(100).getBytes(StandardCharsets.UTF_8);
    List<InputItem> items =
        new ArticleReader(1024).readAll(List.of("-"), new ByteArrayInputStream(big));
    InputItem.Failed f = onlyFailure(items, "too large");
    assertThat(f.origin()).isEqualTo("-");
  }

  @Test
  void fiftyMegabyteFileIsRefusedQuicklyWithoutBeingRead() throws IOException {
    Path p = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: no 50 MB written to disk
    }
    assertThat(Files.size(p)).isEqualTo(50L * 1024 * 1024);
    long t0 = System.nanoTime();
    List<InputItem> items = new ArticleReader().readAll(List.of(p.toString()), NO_STDIN);
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    // a sparse file is all NUL bytes: had it been read, it would be refused as binary instead
    InputItem.Failed f = onlyFailure(items, "too large");
    assertThat(f.reason()).contains("50.0 MB").doesNotContainIgnoringCase("binary");
    assertThat(took).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void missingPath() {
    String missing = dir.resolve("no-such-article.txt").toString();
    InputItem.Failed f = onlyFailure(read(missing), "no such file");
    assertThat(f.origin()).isEqualTo(missing);
  }

  @Test
  void malformedJsonLineInTheMiddleFailsAloneAndTheOthersAreRead() throws IOException {
    Path p =
        write(
            "batch.jsonl",
            "{\"id\":\"a\",\"text\":\"Strikes hit Rafah.\"}\n"
                + "{\"id\":\"b\",\"text\": Strikes hit Jabalia}\n"
                + "{\"id\":\"c\",\"text\":\"Strikes hit Nuseirat.\"}\n");
    List<InputItem> items = assertNoThrow(p);
    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isInstanceOf(InputItem.Read.class);
    assertThat(items.get(2)).isInstanceOf(InputItem.Read.class);
    assertThat(((InputItem.Read) items.get(0)).article().id()).isEqualTo("a");
    assertThat(((InputItem.Read) items.get(2)).article().id()).isEqualTo("c");
    InputItem.Failed f = (InputItem.Failed) items.get(1);
    assertOneLineReason(f);
    assertThat(f.origin()).isEqualTo(p + ":2");
    assertThat(f.reason()).containsIgnoringCase("malformed JSON");
  }

  @Test
  void jsonLineWithoutTextFails() throws IOException {
    Path p =
        write(
            "notext.jsonl",
            "{\"id\":\"x1\",\"title\":\"Clashes in Sittwe\",\"published\":\"2024-02-01\"}\n"
                + "{\"id\":\"x2\",\"text\":\"   \"}\n");
    List<InputItem> items = read(p.toString());
    assertThat(items).hasSize(2).allMatch(i -> i instanceof InputItem.Failed);
    InputItem.Failed f = (InputItem.Failed) items.get(0);
    assertOneLineReason(f);
    assertThat(f.id()).isEqualTo("x1");
    assertThat(f.reason()).contains("text");
    assertThat(((InputItem.Failed) items.get(1)).id()).isEqualTo("x2");
  }

  @Test
  void jsonLineThatIsNotAnObjectFails() throws IOException {
    Path p = write("array.jsonl", "[\"Strikes hit Rafah.\"]\n");
    onlyFailure(read(p.toString()), "object");
  }

  @Test
  void badPublishedDateFailsThatLineOnly() throws IOException {
    Path p =
        write(
            "dates.jsonl",
            "{\"id\":\"d1\",\"text\":\"Shelling hit Kherson.\",\"published\":\"5 March 2022\"}\n"
                + "{\"id\":\"d2\",\"text\":\"Shelling hit Kherson.\",\"published\":\"2022-13-45\"}\n"
                + "{\"id\":\"d3\",\"text\":\"Shelling hit Kherson.\",\"published\":\"2022\"}\n"
                + "{\"id\":\"d4\",\"text\":\"Shelling hit Kherson.\",\"published\":\"2022-03-05\"}\n");
    List<InputItem> items = read(p.toString());
    assertThat(items).hasSize(4);
    for (int i = 0; i < 3; i++) {
      assertThat(items.get(i)).as("line %d", i + 1).isInstanceOf(InputItem.Failed.class);
      InputItem.Failed f = (InputItem.Failed) items.get(i);
      assertOneLineReason(f);
      assertThat(f.reason()).contains("published");
      assertThat(f.id()).isEqualTo("d" + (i + 1));
    }
    assertThat(((InputItem.Read) items.get(3)).article().published())
        .isEqualTo(LocalDate.of(2022, 3, 5));
  }

  @Test
  void badInputsInAFolderEachGiveOneFailureAndTheGoodOnesAreRead() throws IOException {
    write("1-good.txt", SUDAN);
    write("2-empty.txt", "");
    writeBytes("3-binary.txt", new byte[] {'a', 0, 0, 0, 'b'});
    writeBytes("4-latin1.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    write("5-good.txt", "Fighters attacked an army post near Djibo.");
    List<InputItem> items = assertNoThrow(dir);
    assertThat(items).hasSize(5);
    assertThat(items)
        .extracting(i -> i instanceof InputItem.Read)
        .containsExactly(true, false, false, false, true);
    items.stream()
        .filter(i -> i instanceof InputItem.Failed)
        .forEach(i -> assertOneLineReason((InputItem.Failed) i));
  }

  // ---- issue 10: what every front door checks ----

  @Test
  void aJsonTextThatIsANumberIsRefusedNotAnalysedAsDigits() throws IOException {
    Path p = write("number.jsonl", "{\"id\":\"n1\",\"text\":5}\n");
    InputItem.Failed f = onlyFailure(read(p.toString()), "\"text\" must be a string", "number");
    assertThat(f.id()).isEqualTo("n1");
  }

  @Test
  void aJsonTextThatIsAnArrayIsCalledAnArrayNotAMissingField() throws IOException {
    Path p = write("array-text.jsonl", "{\"id\":\"a1\",\"text\":[\"a\",\"b\"]}\n");
    InputItem.Failed f = onlyFailure(read(p.toString()), "\"text\" must be a string", "array");
    assertThat(f.reason()).doesNotContain("no \"text\"");
  }

  @Test
  void aMegabyteIdIsRefused() throws IOException {
    Path p =
        write(
            "long-id.jsonl",
            "{\"id\":\"" + "x".repeat(1 << 20) + "\",\"text\":\"Shelling hit Kherson.\"}\n");
    onlyFailure(read(p.toString()), "\"id\" is too long");
  }

  @Test
  void aNulCharacterInAJsonTextIsRefusedAsBinary() throws IOException {
    Path p = write("nul.jsonl", "{\"text\":\"Shelling\\u0000hit Kherson.\"}\n");
    onlyFailure(read(p.toString()), "binary");
  }

  @Test
  void aUtf16FileWithAByteOrderMarkIsDecodedNotCalledBinary() throws IOException {
    byte[] le = ("\uFEFF" + SUDAN).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + SUDAN).getBytes(StandardCharsets.UTF_16BE);
    assertThat(only(read(writeBytes("le.txt", le).toString())).body()).isEqualTo(SUDAN);
    assertThat(only(read(writeBytes("be.txt", be).toString())).body()).isEqualTo(SUDAN);
  }

  @Test
  void anOutOfRangePublicationDateIsRefused() throws IOException {
    Path p =
        write(
            "far.jsonl",
            "{\"id\":\"f1\",\"text\":\"Shelling hit Kherson.\",\"published\":\"9999-12-31\"}\n");
    onlyFailure(read(p.toString()), "published", "out of range");
  }

  @Test
  void anImpossibleDayIsRefusedInOneLineWithoutJavaTimeWords() {
    assertThatCode(() -> PublicationDates.parse("2024-02-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a date (YYYY-MM-DD, a real day): 2024-02-30");
    assertThat(PublicationDates.parse("2024-02-29T10:00:00Z")).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void aRequestBodyIsCheckedAsAFileIs() {
    ArticleReader reader = new ArticleReader();
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    InputItem bin = reader.fromBytes("api", binary, SourceFormat.TEXT, false);
    assertThat(bin).isInstanceOf(InputItem.Failed.class);
    assertThat(((InputItem.Failed) bin).reason()).containsIgnoringCase("binary");
    InputItem json =
        reader.fromBytes(
            "api", "{\"text\": 5}".getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, true);
    assertThat(((InputItem.Failed) json).reason())
        .isEqualTo("\"text\" must be a string, not a number");
    InputItem ok =
        reader.fromBytes("api", SUDAN.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, false);
    assertThat(((InputItem.Read) ok).article().body()).isEqualTo(SUDAN);
  }

  private static List<InputItem> assertNoThrow(Path p) {
    @SuppressWarnings("unchecked")
    List<InputItem>[] out = new List[1];
    assertThatCode(() -> out[0] = new ArticleReader().readAll(List.of(p.toString()), NO_STDIN))
        .doesNotThrowAnyException();
    return out[0];
  }
}
