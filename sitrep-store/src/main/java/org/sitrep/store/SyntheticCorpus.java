package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.Analysis;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;

/**
 * Synthetic analyses for benchmarks and tests: well-formed sitrep/v1 documents with places, events,
 * counts and quotes whose offsets point into their own text. Deterministic for a seed.
 */
public final class SyntheticCorpus {
  record City(String name, double lat, double lon, String country, String admin1, long geonames) {}

  static final List<City> CITIES =
      List.of(
          new City("Kharkiv", 49.98081, 36.25272, "UA", "Kharkiv", 706483),
          new City("Mariupol", 47.09514, 37.54131, "UA", "Donetsk", 701822),
          new City("Kherson", 46.63695, 32.61458, "UA", "Kherson", 706448),
          new City("Bakhmut", 48.59441, 38.00013, "UA", "Donetsk", 712451),
          new City("Khartoum", 15.55177, 32.53241, "SD", "Khartoum", 379252),
          new City("El Fasher", 13.62793, 25.34936, "SD", "North Darfur", 379062),
          new City("Port-au-Prince", 18.54349, -72.33881, "HT", "Ouest", 3718426),
          new City("Kenscoff", 18.44795, -72.28634, "HT", "Ouest", 3723593),
          new City("Sagaing", 21.8787, 95.97965, "MM", "Sagaing", 1298482),
          new City("Goma", -1.67409, 29.22845, "CD", "North Kivu", 215605),
          new City("Gaza", 31.50161, 34.46672, "PS", "Gaza Strip", 281133),
          new City("Mogadishu", 2.03711, 45.34375, "SO", "Banaadir", 53654));

  static final String[][] TYPES = {
    {"ATTACK.SHELLING", "shelled", "killed"},
    {"ATTACK.AIRSTRIKE", "was hit by a drone strike on", "killed"},
    {"ATTACK.CIVILIANS", "saw gunmen attack civilians", "killed"},
    {"CLASH", "saw heavy fighting", "killed"},
    {"TERRITORY.TAKEN", "was captured", "captured"},
    {"EVACUATION", "was evacuated", "evacuated"},
    {"DISPLACEMENT", "saw families flee", "displaced"},
    {"SERVICES_DISRUPTED", "lost power and water", "other"},
    {"ACCUSATION", "was the scene of what officials called a war crime", "other"},
    {"DETENTION", "saw arrests", "arrested"}
  };
  static final String[] STATUSES = {"occurred", "occurred", "occurred", "claimed", "ongoing"};
  static final String[] ACTORS = {
    "Russian forces", "Rapid Support Forces", "Sudanese Armed Forces", "Viv Ansanm", "junta troops",
    "M23 rebels", "Israeli forces", "al-Shabaab", "Ukrainian forces", "police"
  };

  private SyntheticCorpus() {}

  /** {@code articles} analyses with {@code eventsPerArticle} events each. */
  public static List<Analysis> analyses(long seed, int articles, int eventsPerArticle) {
    Random r = new Random(seed);
    List<Analysis> out = new ArrayList<>(articles);
    LocalDate base = LocalDate.of(2024, 1, 1);
    for (int a = 0; a < articles; a++) {
      LocalDate published = base.plusDays(r.nextInt(700));
      out.add(article(r, a, published, eventsPerArticle));
    }
    return out;
  }

  private static Analysis article(Random r, int n, LocalDate published, int events) {
    StringBuilder text = new StringBuilder();
    List<Place> places = new ArrayList<>();
    List<Event> evs = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    String title = "Synthetic report " + n;
    text.append(title).append(".\n\n");
    for (int i = 0; i < events; i++) {
      City city = CITIES.get(r.nextInt(CITIES.size()));
      String[] t = TYPES[r.nextInt(TYPES.length)];
      String actor = ACTORS[r.nextInt(ACTORS.length)];
      int value = r.nextInt(40);
      LocalDate day = published.minusDays(r.nextInt(3));
      int start = text.length();
      String sentence =
          city.name()
              + " "
              + t[1]
              + " "
              + day
              + " by "
              + actor
              + "; "
              + value
              + " people were "
              + t[2]
              + ", officials said.";
      text.append(sentence).append(' ');
      int end = start + sentence.length();
      String pid = "p" + (i + 1);
      places.add(
          new Place(
              pid,
              city.name(),
              city.geonames(),
              city.lat() + r.nextGaussian() * 0.05,
              city.lon() + r.nextGaussian() * 0.05,
              city.country(),
              city.admin1(),
              "city",
              0.8 + r.nextDouble() * 0.2,
              List.of(new Mention(start, start + city.name().length(), city.name())),
              false));
      evs.add(
          new Event(
              "v" + (i + 1),
              t[0],
              STATUSES[r.nextInt(STATUSES.length)],
              new EventDate(day, day, DatePrecision.DAY, day.toString()),
              pid,
              List.of(new Participant(actor, null, null, "state-forces")),
              List.of(new Participant("civilians", null, city.country(), "civilians")),
              List.of(
                  new Count(
                      t[2], (long) value, (long) value, (long) value, false, value + " people")),
              new Speaker("officials", null),
              List.of(new Evidence(start, end)),
              0.5 + r.nextDouble() * 0.5));
    }
    text.append("\n\n");
    int qs = text.length() + 1;
    String said = "We need help now";
    text.append('"').append(said).append("\", said Anna Kovalenko, a local official.");
    int nameAt = text.indexOf("Anna Kovalenko");
    entities.add(
        new Entity(
            "e1",
            EntityKind.PERSON,
            "Anna Kovalenko",
            "a local official",
            List.of(new Mention(nameAt, nameAt + 14, "Anna Kovalenko"))));
    quotes.add(
        new Quote("q1", qs, qs + said.length(), said, new Speaker("Anna Kovalenko", "e1"), 0.9));
    String body = text.toString();
    String sha = Cleaner.sha256(body);
    return new Analysis(
        new DocumentInfo("synthetic-" + n, sha, title, published, "synthetic", body),
        entities,
        places,
        evs,
        quotes,
        List.of(),
        OffsetMap.identity(body.length()));
  }
}
