/**
 * The one class this project places in Elasticsearch's node package: a node built from
 * classpath plugins, as Elasticsearch's own {@code MockNode} does.
 */
package org.elasticsearch.node;
