/**
 * The one class this project places in Elasticsearch's plugins package: a plugins service
 * for classpath plugins, as Elasticsearch's own {@code MockPluginsService} does.
 */
package org.elasticsearch.plugins;
