package org.sitrep.geo.eval;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerPlaceResolver;

/**
 * Prints how the resolver read some cached documents. Usage: {@code GeoExplain CACHE_FILE ID...}
 */
public final class GeoExplain {
  private GeoExplain() {}

  public static void main(String[] args) throws Exception {
    GazetteerPlaceResolver r = new GazetteerPlaceResolver(Gazetteer.load());
    List<String> ids = List.of(args).subList(1, args.length);
    for (DocCache.Cached c : DocCache.read(Path.of(args[0]))) {
      if (ids.contains(c.doc().document().id())) {
        System.out.println("=== " + c.doc().document().id());
        System.out.println(r.explain(c.doc()));
      }
    }
  }
}
