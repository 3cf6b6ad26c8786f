package io.arcticmatch.ingest.pipeline;

/**
 * Carries messages between ingest's stages, at least once and in order per key.
 */
public interface PipelineBus {

	/**
	 * Hands a message on. When this returns, the bus holds it: a source may then advance
	 * its checkpoint past it.
	 * @param topic where the message goes
	 * @param message the message
	 * @throws PipelineUnavailable when the bus does not take it; the caller keeps the
	 * message and retries
	 */
	void publish(PipelineTopic topic, PipelineMessage message);

	/**
	 * Delivers each message on a topic to a handler; subscribers of the same group share
	 * the messages, different groups each get all of them.
	 * @param topic the topic to read
	 * @param group the consumer group, e.g. the stage's name
	 * @param handler what to do with each message
	 */
	void subscribe(PipelineTopic topic, String group, MessageHandler handler);

	/**
	 * Whether messages the bus has taken outlive the process. Kafka keeps them;
	 * in-process queues lose them on a crash, so after a restart the intake hands on
	 * again what was not yet processed.
	 * @return {@code true} when taken messages survive a restart
	 */
	boolean keepsMessagesAcrossRestarts();

	/**
	 * Checks that the bus answers, for health reporting.
	 * @return a short description, e.g. the broker's address
	 * @throws PipelineUnavailable when it does not answer
	 */
	String describe();

}
