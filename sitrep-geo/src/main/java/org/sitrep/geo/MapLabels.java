package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Place labels for the offline basemap, from the gazetteer: capitals from the first zoom levels,
 * then cities by population as the map zooms in. Immutable and thread-safe.
 */
public final class MapLabels {
  /** Smallest population a city needs to be labelled at all. */
  static final long MIN_POPULATION = 15_000;

  /** A label: the place's name and point, and the lowest zoom level it is drawn at. */
  public record Label(String name, double lat, double lon, String country, int minZoom) {}

  private final List<Label> labels; // largest places first

  private MapLabels(List<Label> labels) {
    this.labels = List.copyOf(labels);
  }

  /** The labels of a gazetteer's capitals and of its cities of at least 15,000 people. */
  public static MapLabels of(Gazetteer g) {
    List<GeoEntry> cities = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      GeoEntry e = g.entry(i);
      if (e.kind() == PlaceKind.CITY && (e.isCapital() || e.population() >= MIN_POPULATION)) {
        cities.add(e);
      }
    }
    cities.sort(
        Comparator.comparing(GeoEntry::isCapital)
            .thenComparingLong(GeoEntry::population)
            .reversed());
    List<Label> out = new ArrayList<>(cities.size());
    for (GeoEntry e : cities) {
      out.add(new Label(e.name(), e.lat(), e.lon(), e.country(), minZoom(e)));
    }
    return new MapLabels(out);
  }

  /**
   * Capitals from zoom 4; a million people from 5; 300,000 from 6; 100,000 from 7; 40,000 from 8.
   */
  static int minZoom(GeoEntry e) {
    long p = e.population();
    if (e.isCapital()) {
      return 4;
    }
    return p >= 1_000_000 ? 5 : p >= 300_000 ? 6 : p >= 100_000 ? 7 : p >= 40_000 ? 8 : 9;
  }

  /**
   * The labels drawn at this zoom inside west, south, east, north, at most {@code limit}, largest
   * places first.
   */
  public List<Label> in(double west, double south, double east, double north, int zoom, int limit) {
    List<Label> out = new ArrayList<>();
    for (Label l : labels) {
      if (out.size() >= limit) {
        break;
      }
      boolean lonIn =
          west <= east ? l.lon() >= west && l.lon() <= east : l.lon() >= west || l.lon() <= east;
      if (l.minZoom() <= zoom && l.lat() >= south && l.lat() <= north && lonIn) {
        out.add(l);
      }
    }
    return out;
  }

  public int size() {
    return labels.size();
  }
}
