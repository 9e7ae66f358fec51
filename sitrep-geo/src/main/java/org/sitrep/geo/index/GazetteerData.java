package org.sitrep.geo.index;

import java.util.List;
import java.util.Map;
import org.sitrep.geo.GeoEntry;

/**
 * The content of a gazetteer index, as written and read by {@link GazetteerIndex}.
 *
 * @param entries all entries; {@code entries.get(i).index() == i}
 * @param names normalised name key to postings: {@code entryIndex << 1 | 1} for a main name, {@code
 *     entryIndex << 1} for an alternate name
 * @param skeletons transliteration skeleton to postings, same encoding
 * @param consonants {@code CC:} and the {@link org.sitrep.geo.NameNormalizer#consonants} of a
 *     city's main name to the postings (same encoding) of the cities of country {@code CC} that
 *     have it
 * @param demonyms normalised demonym ("ukrainian", "ukrainians") to a country entry's index
 * @param admin1Names {@code CC.code} to the first-order division's name
 * @param sources one line per data source (package and version), for provenance
 */
public record GazetteerData(
    List<GeoEntry> entries,
    Map<String, int[]> names,
    Map<String, int[]> skeletons,
    Map<String, int[]> consonants,
    Map<String, Integer> demonyms,
    Map<String, String> admin1Names,
    List<String> sources) {}
