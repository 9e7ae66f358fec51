package org.sitrep.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.clean.Cleaner;
import org.sitrep.output.Json;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * Links stored events into incidents, incrementally: {@link #linkArticle} compares a new article's
 * events with the events other articles give for the same family, status and days ({@link
 * PairRules}), keeps every link with its rule and score, and re-forms the incidents of every event
 * those links reach ({@link Clusterer}). Since a link depends only on its two reports and the
 * incidents of a connected group only on the group, the incidents are the same whatever order the
 * articles came in. One article is linked in one transaction; events left unlinked (a run killed
 * between storing and linking) are linked by {@link #linkPending}.
 */
public final class IncidentLinker {
  private final Store store;
  private final TextSimilarity similarity = new TextSimilarity();
  private final RivalCache cache = new RivalCache();

  /** Analysed evidence of recent reports: the rivals of one day come up again and again. */
  private final Map<String, TextSimilarity.Indexed> texts =
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TextSimilarity.Indexed> eldest) {
          return size() > 4096;
        }
      };

  private long nanos;

  public IncidentLinker(Store store) {
    this.store = store;
  }

  /** Time spent linking so far, in seconds. */
  public double seconds() {
    return nanos / 1e9;
  }

  /** Links the events of one stored article. */
  public void linkArticle(String sha) {
    long t0 = System.nanoTime();
    try (Connection c = store.connection()) {
      inTransaction(
          c,
          () -> {
            List<Report> reports = ReportLoader.ofArticle(c, sha);
            cache.saved(reports);
            link(c, reports);
          });
    } catch (SQLException e) {
      cache.clear(); // rolled back: what it added is not in the store
      throw new StoreException("cannot link the events of article " + sha, e);
    } catch (RuntimeException e) {
      cache.clear();
      throw e;
    } finally {
      nanos += System.nanoTime() - t0;
    }
  }

  /**
   * Links the events of an article being stored, in the transaction that stores it (pass as {@link
   * org.sitrep.store.ArticleWriter.AlsoInTransaction}): from its analysis, nothing is read back.
   */
  public void linkStored(Connection c, org.sitrep.model.Analysis analysis) throws SQLException {
    long t0 = System.nanoTime();
    try {
      link(c, ReportLoader.of(analysis), true, true);
      if (alone.size() >= MAX_ALONE) {
        flush(c);
      }
    } catch (SQLException | RuntimeException e) {
      cache.clear(); // the article's transaction rolls back: what it added is not in the store
      throw e;
    } finally {
      nanos += System.nanoTime() - t0;
    }
  }

  /**
   * Writes the incidents of reports that nothing linked yet (kept in memory so that an article
   * whose events link nothing costs one query); an ingest calls it when it ends. Reports a killed
   * run held here are linked by the next run's {@link #linkPending}.
   */
  public void flush() {
    if (alone.isEmpty()) {
      cache.clear();
      return;
    }
    long t0 = System.nanoTime();
    try (Connection c = store.connection()) {
      inTransaction(c, () -> flush(c));
    } catch (SQLException e) {
      throw new StoreException("cannot write incidents", e);
    } finally {
      cache.clear(); // the batch ends: other writers' reports may come next
      nanos += System.nanoTime() - t0;
    }
  }

  private void flush(Connection c) throws SQLException {
    if (alone.isEmpty()) {
      return;
    }
    ReportLoader.save(c, alone);
    cache.saved(alone);
    List<List<String>> groups = new ArrayList<>();
    Map<String, Report> byUid = new HashMap<>();
    for (Report r : alone) {
      groups.add(List.of(r.uid()));
      byUid.put(r.uid(), r);
    }
    write(c, groups, byUid, List.of(), true);
    alone.clear();
  }

  /** Reports stored, in no incident yet because nothing links them; written by {@link #flush}. */
  private final List<Report> alone = new ArrayList<>();

  private static final int MAX_ALONE = 2000;

  /** Links every stored event that is in no incident yet; returns how many articles it linked. */
  public int linkPending() {
    List<String> articles = new ArrayList<>();
    try (Connection c = store.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT e.article_sha256 FROM events e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM incident_events i WHERE i.event_uid = e.uid) ORDER BY 1")) {
      while (rs.next()) {
        articles.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot find unlinked events", e);
    }
    for (String sha : articles) {
      linkArticle(sha);
    }
    return articles.size();
  }

  /** Forgets every incident and link (never the user's splits) and links everything again. */
  public int rebuild() {
    try (Connection c = store.connection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM incident_events");
      ReportLoader.clear(c);
      s.execute("DELETE FROM incident_links");
      s.execute("DELETE FROM incidents");
    } catch (SQLException e) {
      throw new StoreException("cannot clear incidents", e);
    }
    cache.clear();
    return linkPending();
  }

  /**
   * Undoes links: the reports of the chosen articles leave the incident, and reports of those
   * articles and of the incident's other articles never share an incident of its family again (the
   * split is stored and honoured by every later linking).
   *
   * @param selectors event uids, article sha256s (or their first 8+ hex digits) or document ids
   * @return the incidents the old one's reports are now in
   * @throws IllegalArgumentException when there is no such incident, or the selection is empty or
   *     takes every article
   */
  public List<String> split(String incidentId, Collection<String> selectors) {
    try (Connection c = store.connection()) {
      List<Report> members = members(c, incidentId);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("no incident " + incidentId);
      }
      Set<String> moved = new TreeSet<>();
      for (String sel : selectors) {
        boolean hit = false;
        for (Report r : members) {
          if (r.uid().equals(sel)
              || r.article().equals(sel)
              || (sel.length() >= 8 && r.article().startsWith(sel))
              || sel.equals(r.documentId())) {
            moved.add(r.article());
            hit = true;
          }
        }
        if (!hit) {
          throw new IllegalArgumentException(
              "incident "
                  + incidentId
                  + " has no report "
                  + sel
                  + " (give an event, article or id)");
        }
      }
      Set<String> stay = new TreeSet<>();
      for (Report r : members) {
        if (!moved.contains(r.article())) {
          stay.add(r.article());
        }
      }
      if (stay.isEmpty()) {
        throw new IllegalArgumentException("a split must leave some report in " + incidentId);
      }
      String family = members.get(0).family();
      inTransaction(
          c,
          () -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO incident_splits VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
              for (String m : moved) {
                for (String s : stay) {
                  ps.setString(1, m.compareTo(s) < 0 ? m : s);
                  ps.setString(2, m.compareTo(s) < 0 ? s : m);
                  ps.setString(3, family);
                  ps.setTimestamp(4, Timestamp.from(Instant.now()));
                  ps.addBatch();
                }
              }
              ps.executeBatch();
            }
            anySplits = true;
            relink(c, members.stream().map(Report::uid).toList(), new HashMap<>());
          });
      Set<String> now = new TreeSet<>();
      for (Report r : members) {
        now.add(incidentOf(c, r.uid()));
      }
      return List.copyOf(now);
    } catch (SQLException e) {
      throw new StoreException("cannot split incident " + incidentId, e);
    }
  }

  private List<Report> members(Connection c, String incidentId) throws SQLException {
    List<String> uids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT event_uid FROM incident_events WHERE incident_id = ?")) {
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          uids.add(rs.getString(1));
        }
      }
    }
    return ReportLoader.ofUids(c, uids);
  }

  private static String incidentOf(Connection c, String uid) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT incident_id FROM incident_events WHERE event_uid = ?")) {
      ps.setString(1, uid);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Compares new reports with their rivals, stores the links, re-forms what they reach. */
  private void link(Connection c, List<Report> reports) throws SQLException {
    link(c, reports, false);
  }

  /**
   * @param fresh whether the reports are in no incident yet (just stored), so that nothing needs to
   *     be deleted first
   */
  private void link(Connection c, List<Report> reports, boolean fresh) throws SQLException {
    link(c, reports, fresh, false);
  }

  /**
   * @param hold whether reports nothing links may wait in memory ({@link #flush})
   * @return whether the reports were written to {@code incident_reports}
   */
  private boolean link(Connection c, List<Report> reports, boolean fresh, boolean hold)
      throws SQLException {
    if (reports.isEmpty()) {
      return true;
    }
    Set<String> splits = splits(c, reports);
    List<Report> rivals = cache.rivals(c, reports, alone);
    List<Object[]> links = new ArrayList<>();
    for (Report r : reports) {
      if (!PairRules.mayLink(r)) {
        continue; // apart from every other report
      }
      for (Report other : rivals) {
        if (splits.contains(splitKey(r.article(), other.article(), r.family()))) {
          continue;
        }
        Verdict v =
            PairRules.judge(
                r,
                other,
                () ->
                    similarity.similarity(
                        texts.computeIfAbsent(r.uid(), u -> similarity.index(r.evidence())),
                        texts.computeIfAbsent(
                            other.uid(), u -> similarity.index(other.evidence()))));
        if (v.linked()) {
          links.add(linkRow(r, other, v));
        }
      }
    }
    // two events of the article that may share an incident (nested places, one day): kept as a
    // link that only allows it (Clusterer.Edge#joins), so that the incident tells why
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      if (!PairRules.mayLink(r)) {
        continue;
      }
      for (int j = i + 1; j < reports.size(); j++) {
        Report other = reports.get(j);
        if (!PairRules.sameArticle(r, other) || !PairRules.mayLink(other)) {
          continue;
        }
        Verdict v = PairRules.judge(r, other, () -> 0);
        if (v.rule().startsWith(PairRules.NESTED)) {
          links.add(linkRow(r, other, v));
        }
      }
    }
    if (links.isEmpty() && hold) {
      alone.addAll(reports);
      return false;
    }
    flush(c); // the reports held so far, some of which may be linked now
    if (hold) {
      ReportLoader.save(c, reports);
      cache.saved(reports);
    }
    Rows.insert(c, "incident_links", 5, links, " ON CONFLICT DO NOTHING");
    Map<String, Report> known = new HashMap<>();
    for (Report r : rivals) {
      known.put(r.uid(), r);
    }
    for (Report r : reports) {
      known.put(r.uid(), r);
    }
    if (links.isEmpty()) {
      // nothing links the new reports: each is an incident of its own, and nothing else changed
      List<List<String>> single = new ArrayList<>();
      Map<String, Report> byUid = new HashMap<>();
      for (Report r : reports) {
        single.add(List.of(r.uid()));
        byUid.put(r.uid(), r);
      }
      write(c, single, byUid, List.of(), fresh);
      return true;
    }
    relink(c, reports.stream().map(Report::uid).toList(), known);
    return true;
  }

  /** Re-forms the incidents of every event the links reach from these. */
  private void relink(Connection c, List<String> start, Map<String, Report> known)
      throws SQLException {
    Set<String> group = new TreeSet<>();
    List<Clusterer.Edge> edges = new ArrayList<>();
    Set<String> seenEdges = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(start);
    group.addAll(start);
    while (!todo.isEmpty()) {
      List<String> wave = new ArrayList<>(todo);
      todo.clear();
      for (int i = 0; i < wave.size(); i += 300) {
        List<String> part = wave.subList(i, Math.min(wave.size(), i + 300));
        String in = "(" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT event_a, event_b, score, rule FROM incident_links WHERE event_a IN "
                    + in
                    + " OR event_b IN "
                    + in)) {
          int k = 1;
          for (int twice = 0; twice < 2; twice++) {
            for (String u : part) {
              ps.setString(k++, u);
            }
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Clusterer.Edge e =
                  new Clusterer.Edge(
                      rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4));
              if (seenEdges.add(e.a() + " " + e.b())) {
                edges.add(e);
              }
              for (String v : List.of(e.a(), e.b())) {
                if (group.add(v)) {
                  todo.push(v);
                }
              }
            }
          }
        }
      }
    }
    Map<String, Report> byUid = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String u : group) {
      if (known.containsKey(u)) {
        byUid.put(u, known.get(u));
      } else {
        missing.add(u);
      }
    }
    for (Report r : ReportLoader.ofUids(c, missing)) {
      byUid.put(r.uid(), r);
    }
    List<Report> reports = new ArrayList<>(byUid.values());
    Set<String> splits = splits(c, reports);
    List<List<String>> incidents =
        Clusterer.cluster(
            new ArrayList<>(byUid.keySet()),
            edges,
            (x, y) -> {
              Report a = byUid.get(x);
              Report b = byUid.get(y);
              return a == null
                  || b == null
                  || PairRules.keptApart(a, b)
                  || splits.contains(splitKey(a.article(), b.article(), a.family()));
            });
    write(c, incidents, byUid, edges, false);
  }

  private void write(
      Connection c,
      List<List<String>> incidents,
      Map<String, Report> byUid,
      List<Clusterer.Edge> edges,
      boolean fresh)
      throws SQLException {
    List<String> uids = fresh ? List.of() : new ArrayList<>(byUid.keySet());
    Set<String> oldIds = new TreeSet<>();
    for (int i = 0; i < uids.size(); i += 500) {
      List<String> part = uids.subList(i, Math.min(uids.size(), i + 500));
      String in = " IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT DISTINCT incident_id FROM incident_events WHERE event_uid" + in)) {
        bind(ps, part);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            oldIds.add(rs.getString(1));
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM incident_events WHERE event_uid" + in)) {
        bind(ps, part);
        ps.executeUpdate();
      }
    }
    Rows.delete(c, "incidents", "id", new ArrayList<>(oldIds));
    List<Object[]> incidentRows = new ArrayList<>();
    List<Object[]> memberRows = new ArrayList<>();
    Map<String, Clusterer.Edge> strongest = new HashMap<>();
    for (List<String> members : incidents) {
      List<Report> rs = members.stream().map(byUid::get).toList();
      Set<String> in = new HashSet<>(members);
      strongest.clear();
      for (Clusterer.Edge e : edges) {
        if (in.contains(e.a()) && in.contains(e.b())) {
          for (String u : List.of(e.a(), e.b())) {
            Clusterer.Edge was = strongest.get(u);
            if (was == null || e.score() > was.score()) {
              strongest.put(u, e);
            }
          }
        }
      }
      String id = incidentId(members.get(0));
      Summary s = Summary.of(rs);
      Report at = s.place;
      Reconciler.Figure killed = s.figures.get("killed");
      boolean hasKilled = killed != null && !killed.claims().isEmpty();
      incidentRows.add(
          new Object[] {
            id,
            s.family,
            s.type,
            s.status,
            s.first,
            s.last,
            at == null ? null : at.placeName(),
            at == null ? null : at.lat(),
            at == null ? null : at.lon(),
            at == null ? null : at.country(),
            at == null ? null : at.admin1(),
            at == null ? null : at.precision(),
            rs.size(),
            s.outlets,
            s.sources,
            hasKilled ? killed.value() : null,
            hasKilled ? killed.min() : null,
            hasKilled ? killed.max() : null,
            s.figures.values().stream().anyMatch(Reconciler.Figure::contested),
            s.confidence,
            json(countsJson(s.figures)),
            s.searchText
          });
      for (Report r : rs) {
        Clusterer.Edge e = strongest.get(r.uid());
        memberRows.add(
            new Object[] {
              r.uid(), id, r.article(), e == null ? null : e.rule(), e == null ? null : e.score()
            });
      }
    }
    Rows.append(c, "incidents", incidentRows);
    Rows.append(c, "incident_events", memberRows);
  }

  /** An incident's id: from its first member's uid, so the same members give the same id. */
  static String incidentId(String firstUid) {
    return "I" + Cleaner.sha256(firstUid).substring(0, 15);
  }

  private static ObjectNode countsJson(Map<String, Reconciler.Figure> figures) {
    ObjectNode out = Json.mapper().createObjectNode();
    for (Map.Entry<String, Reconciler.Figure> e : figures.entrySet()) {
      Reconciler.Figure f = e.getValue();
      ObjectNode k = out.putObject(e.getKey());
      k.put("min", f.min());
      k.put("max", f.max());
      k.put("value", f.value());
      k.put("contested", f.contested());
      ArrayNode claims = k.putArray("claims");
      for (Reconciler.Claim c : f.claims()) {
        ObjectNode o = claims.addObject();
        if (c.value() == null) {
          o.putNull("value");
        } else {
          o.put("value", c.value());
        }
        o.put("min", c.min());
        o.put("max", c.max());
        o.put("document", c.document());
        o.put("article", c.article());
        o.put("event", c.event());
        o.put("outlet", c.outlet());
        o.put("source", c.source());
        o.put("reported", c.reported() == null ? null : c.reported().toString());
        o.put("text", c.text());
        o.put("credible", c.credible());
        o.put("superseded", c.superseded());
      }
    }
    return out;
  }

  /** What an incident's reports agree on. */
  private static final class Summary {
    String family;
    String type;
    String status;
    LocalDate first;
    LocalDate last;
    Report place;
    int outlets;
    int sources;
    double confidence;
    Map<String, Reconciler.Figure> figures;
    String searchText;

    static Summary of(List<Report> rs) {
      Summary s = new Summary();
      Report head = rs.get(0);
      s.family = head.family();
      s.status = head.status();
      Map<String, Integer> types = new TreeMap<>();
      for (Report r : rs) {
        types.merge(r.type(), 1, Integer::sum);
      }
      s.type =
          types.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElseThrow()
              .getKey();
      LocalDate lo = null;
      LocalDate hi = null;
      LocalDate uLo = null;
      LocalDate uHi = null;
      for (Report r : rs) {
        if (r.first() == null) {
          continue;
        }
        lo = lo == null || r.first().isAfter(lo) ? r.first() : lo;
        hi = hi == null || r.last().isBefore(hi) ? r.last() : hi;
        uLo = uLo == null || r.first().isBefore(uLo) ? r.first() : uLo;
        uHi = uHi == null || r.last().isAfter(uHi) ? r.last() : uHi;
      }
      boolean meet = lo != null && !lo.isAfter(hi);
      s.first = meet ? lo : uLo;
      s.last = meet ? hi : uHi;
      for (Report r : rs) {
        if (r.hasPlace() && (s.place == null || rank(r) > rank(s.place))) {
          s.place = r;
        }
      }
      // corroboration: distinct outlets (an article without one is its own) and attributed sources
      Map<String, Double> byOutlet = new TreeMap<>();
      Set<String> sources = new LinkedHashSet<>();
      for (Report r : rs) {
        String o =
            r.outlet() == null ? "article:" + r.article() : r.outlet().toLowerCase(Locale.ROOT);
        byOutlet.merge(o, r.confidence(), Math::max);
        if (r.source() != null && !r.source().isBlank()) {
          sources.add(r.source().strip().toLowerCase(Locale.ROOT));
        }
      }
      s.outlets = byOutlet.size();
      s.sources = sources.size();
      double none = 1;
      for (double c : byOutlet.values()) {
        none *= 1 - Math.min(0.99, c) * 0.9;
      }
      double conf = Math.max(maxConfidence(rs), 1 - none);
      conf = 1 - (1 - conf) * Math.pow(0.85, Math.max(0, s.sources - 1));
      s.confidence = Math.round(Math.min(0.999, conf) * 1000) / 1000.0;
      s.figures = Reconciler.reconcile(rs);
      StringBuilder b = new StringBuilder(s.type).append(' ').append(s.status);
      for (Report r : rs) {
        b.append(' ').append(r.placeName() == null ? "" : r.placeName());
        r.actors().forEach(x -> b.append(' ').append(x));
        b.append(' ').append(r.outlet() == null ? "" : r.outlet());
        b.append(' ').append(r.title() == null ? "" : r.title());
      }
      s.searchText = b.toString().toLowerCase(Locale.ROOT);
      return s;
    }

    private static double maxConfidence(List<Report> rs) {
      double m = 0;
      for (Report r : rs) {
        m = Math.max(m, r.confidence());
      }
      return m;
    }

    /** Which place names an incident best: a point over an area, then the most confident. */
    private static int rank(Report r) {
      return r.pointPlace() ? 2 : 1;
    }
  }

  private Set<String> splits(Connection c, List<Report> reports) throws SQLException {
    Set<String> out = new HashSet<>();
    if (!anySplits(c)) {
      return out;
    }
    Set<String> articles = new TreeSet<>();
    for (Report r : reports) {
      articles.add(r.article());
    }
    List<String> list = new ArrayList<>(articles);
    String in = "(" + String.join(", ", Collections.nCopies(list.size(), "?")) + ")";
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT article_a, article_b, family FROM incident_splits WHERE article_a IN "
                + in
                + " OR article_b IN "
                + in)) {
      int k = 1;
      for (int twice = 0; twice < 2; twice++) {
        for (String a : list) {
          ps.setString(k++, a);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(splitKey(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  private Boolean anySplits;

  /** Whether the store holds any split; asked once per linker (a split sets it). */
  private boolean anySplits(Connection c) throws SQLException {
    if (anySplits == null) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM incident_splits")) {
        rs.next();
        anySplits = rs.getLong(1) > 0;
      }
    }
    return anySplits;
  }

  private static String splitKey(String a, String b, String family) {
    return a.compareTo(b) < 0 ? a + " " + b + " " + family : b + " " + a + " " + family;
  }

  private static void bind(PreparedStatement ps, List<String> values) throws SQLException {
    int i = 1;
    for (String v : values) {
      ps.setString(i++, v);
    }
  }

  private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, java.sql.Types.DATE);
    } else {
      ps.setObject(i, d);
    }
  }

  /**
   * A row of {@code incident_links}: the two uids in order, then the verdict's score, rule, why.
   */
  private static Object[] linkRow(Report r, Report other, Verdict v) {
    boolean first = r.uid().compareTo(other.uid()) < 0;
    return new Object[] {
      first ? r.uid() : other.uid(),
      first ? other.uid() : r.uid(),
      v.score(),
      v.rule(),
      json(v.detail())
    };
  }

  private static String json(Object o) {
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Work done inside a transaction. */
  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }

  private static void inTransaction(Connection c, Work w) throws SQLException {
    c.setAutoCommit(false);
    try {
      w.run();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
