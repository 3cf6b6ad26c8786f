package io.arcticmatch.dev.elasticsearch.junit;

import java.net.URI;

/**
 * Where a test finds the node.
 *
 * @param httpUri the node's HTTP address, e.g. {@code http://127.0.0.1:40123}
 */
public record ElasticsearchNodeInfo(URI httpUri) {

}
