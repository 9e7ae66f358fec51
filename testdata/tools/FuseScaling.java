import java.time.LocalDate;
import java.util.*;
import org.sitrep.model.*;
import org.sitrep.fuse.EventFuser;
/**
 * How fusion's cost grows with the number of events of one article: n mentions of one shelling
 * (as in an article of one repeated sentence) fused into one event with n sentences of evidence.
 * Run after a build, from the checkout:
 *
 * <pre>
 * java -cp "sitrep-core/target/classes:$(cat sitrep-cli/target/classpath.txt)" \
 *   testdata/tools/FuseScaling.java
 * </pre>
 */
public class FuseScaling {
  public static void main(String[] a) {
    LocalDate day = LocalDate.of(2024, 6, 3);
    for (int round = 0; round < 2; round++)
    for (int n : new int[] {2500, 5000, 10000, 20000, 40000}) {
      int len = n * 100;
      AnnotatedDocument doc = new AnnotatedDocument(
          new CleanDocument("d", "x", null, day, null, "x".repeat(len), OffsetMap.identity(len)), List.of(), List.of());
      List<Event> evs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        evs.add(new Event(null, "ATTACK.SHELLING", "occurred", new EventDate(day, day, DatePrecision.DAY, "on Monday"),
          "p1", List.of(new Participant("Russian forces", null, "RU", "state-forces")), List.of(),
          List.of(new Count("killed", 3L, 3L, 3L, false, "three")), null, List.of(new Evidence(i * 100, i * 100 + 90)), 0.8));
      }
      long t0 = System.nanoTime();
      List<Event> out = new EventFuser().fuse(doc, evs);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (round == 1) System.out.printf("%d events -> %d fused, %d evidence: %d ms%n", n, out.size(), out.get(0).evidence().size(), ms);
    }
  }
}
