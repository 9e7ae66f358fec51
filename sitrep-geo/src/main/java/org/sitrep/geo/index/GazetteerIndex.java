package org.sitrep.geo.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.PlaceKind;

/**
 * The binary gazetteer index: a gzipped stream of entries, name postings, demonyms, division names
 * and source lines. Written once at build time, read at start-up.
 */
public final class GazetteerIndex {
  private static final int MAGIC = 0x53474531; // "SGE1"
  private static final int VERSION = 2;

  private GazetteerIndex() {}

  public static void write(GazetteerData data, OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(data.sources().size());
    for (String s : data.sources()) {
      d.writeUTF(s);
    }
    d.writeInt(data.entries().size());
    for (GeoEntry e : data.entries()) {
      d.writeLong(e.geonamesId());
      d.writeUTF(e.name());
      d.writeDouble(e.lat());
      d.writeDouble(e.lon());
      d.writeByte(e.kind().ordinal());
      d.writeUTF(e.featureCode());
      d.writeUTF(e.country());
      d.writeUTF(e.admin1());
      d.writeLong(e.population());
    }
    writePostings(d, data.names());
    writePostings(d, data.skeletons());
    writePostings(d, data.consonants());
    Map<String, Integer> demonyms = new TreeMap<>(data.demonyms());
    d.writeInt(demonyms.size());
    for (var e : demonyms.entrySet()) {
      d.writeUTF(e.getKey());
      d.writeInt(e.getValue());
    }
    Map<String, String> admin1 = new TreeMap<>(data.admin1Names());
    d.writeInt(admin1.size());
    for (var e : admin1.entrySet()) {
      d.writeUTF(e.getKey());
      d.writeUTF(e.getValue());
    }
    d.flush();
    gz.finish();
  }

  private static void writePostings(DataOutputStream d, Map<String, int[]> postings)
      throws IOException {
    Map<String, int[]> sorted = new TreeMap<>(postings);
    d.writeInt(sorted.size());
    for (var e : sorted.entrySet()) {
      d.writeUTF(e.getKey());
      int[] p = e.getValue();
      d.writeShort(p.length);
      for (int v : p) {
        d.writeInt(v);
      }
    }
  }

  public static GazetteerData read(InputStream in) throws IOException {
    DataInputStream d =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    if (d.readInt() != MAGIC) {
      throw new IOException("not a sitrep gazetteer index");
    }
    int version = d.readInt();
    if (version != VERSION) {
      throw new IOException("gazetteer index version " + version + ", expected " + VERSION);
    }
    int ns = d.readInt();
    List<String> sources = new ArrayList<>(ns);
    for (int i = 0; i < ns; i++) {
      sources.add(d.readUTF());
    }
    Map<String, String> interned = new HashMap<>();
    PlaceKind[] kinds = PlaceKind.values();
    int n = d.readInt();
    List<GeoEntry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long id = d.readLong();
      String name = d.readUTF();
      double lat = d.readDouble();
      double lon = d.readDouble();
      PlaceKind kind = kinds[d.readByte()];
      String fcode = intern(interned, d.readUTF());
      String country = intern(interned, d.readUTF());
      String admin1 = intern(interned, d.readUTF());
      long pop = d.readLong();
      entries.add(new GeoEntry(i, id, name, lat, lon, kind, fcode, country, admin1, pop));
    }
    Map<String, int[]> names = readPostings(d);
    Map<String, int[]> skeletons = readPostings(d);
    Map<String, int[]> consonants = readPostings(d);
    int nd = d.readInt();
    Map<String, Integer> demonyms = new HashMap<>(nd * 2);
    for (int i = 0; i < nd; i++) {
      demonyms.put(d.readUTF(), d.readInt());
    }
    int na = d.readInt();
    Map<String, String> admin1 = new HashMap<>(na * 2);
    for (int i = 0; i < na; i++) {
      admin1.put(d.readUTF(), d.readUTF());
    }
    return new GazetteerData(entries, names, skeletons, consonants, demonyms, admin1, sources);
  }

  private static Map<String, int[]> readPostings(DataInputStream d) throws IOException {
    int n = d.readInt();
    Map<String, int[]> out = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      String key = d.readUTF();
      int len = d.readUnsignedShort();
      int[] p = new int[len];
      for (int j = 0; j < len; j++) {
        p[j] = d.readInt();
      }
      out.put(key, p);
    }
    return out;
  }

  private static String intern(Map<String, String> pool, String s) {
    String prev = pool.putIfAbsent(s, s);
    return prev == null ? s : prev;
  }
}
