/**
 * The feed watcher behind {@code sitrep watch}: polls RSS and Atom feeds (parsed with ROME),
 * fetches each new item's page with the JDK {@code HttpClient} through a {@link
 * org.sitrep.feeds.PoliteFetcher} (robots.txt read with crawler-commons, a delay per host, an
 * identifying User-Agent, conditional GET), and ingests it into the store. {@link
 * org.sitrep.feeds.WatchState} keeps what was seen in the store, so a watcher killed at any point
 * restarts where it stopped; items are deduplicated by {@link org.sitrep.feeds.CanonicalUrl} and,
 * by the ingester, by content hash.
 */
package org.sitrep.feeds;
