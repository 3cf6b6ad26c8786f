/**
 * The message bus between ingest's stages (fetch, normalise, index): Kafka topics in
 * deployments, in-process queues for the embedded default, one {@link PipelineBus}
 * interface.
 */
@NullMarked
package io.arcticmatch.ingest.pipeline;

import org.jspecify.annotations.NullMarked;
