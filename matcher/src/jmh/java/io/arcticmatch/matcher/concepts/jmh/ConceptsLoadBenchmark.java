package io.arcticmatch.matcher.concepts.jmh;

import java.util.concurrent.TimeUnit;

import io.arcticmatch.matcher.concepts.Concepts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link Concepts#loadDefault()} takes: the first load in a fresh JVM (as at
 * application start-up, single shot, no warm-up) in each fork.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = { "-Xmx1g" })
public class ConceptsLoadBenchmark {

	@Benchmark
	public Concepts coldLoad() {
		return Concepts.loadDefault();
	}

}
