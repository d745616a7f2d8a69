package org.vinculos.database;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Something computed from the whole graph and held in memory, so that queries use it without asking the store: the
 * mirror profiles, the partner graph. An import or correction made through Vínculos drops it at once
 * ({@link #invalidate()}, on {@code GraphChanged}), so the next query reads it again; what changes the store from
 * outside (a Cypher script, a second server) is seen after {@code refreshNanos}, read again in the background while
 * the old value keeps answering.
 */
public final class GraphSnapshot<T> {

	private final Supplier<T> read;

	private final long refreshNanos;

	private final Executor refresher;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	/** Counts the invalidations, so that a background read begun before one does not put back what it replaced. */
	private final AtomicLong generation = new AtomicLong();

	private volatile @Nullable Held<T> held;

	private record Held<T>(T value, long readAt) {
	}

	public GraphSnapshot(String name, long refreshNanos, Supplier<T> read) {
		this.read = read;
		this.refreshNanos = refreshNanos;
		this.refresher = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(name).factory());
	}

	/** The value, read now if there is none. */
	public T get() {
		Held<T> current = this.held;
		if (current == null) {
			synchronized (this) {
				current = this.held;
				if (current == null) {
					current = new Held<>(this.read.get(), System.nanoTime());
					this.held = current;
				}
			}
		}
		else if (System.nanoTime() - current.readAt() > this.refreshNanos && this.refreshing.compareAndSet(false, true)) {
			long seen = this.generation.get();
			this.refresher.execute(() -> {
				try {
					Held<T> fresh = new Held<>(this.read.get(), System.nanoTime());
					synchronized (this) {
						if (this.generation.get() == seen) {
							this.held = fresh;
						}
					}
				}
				finally {
					this.refreshing.set(false);
				}
			});
		}
		return current.value();
	}

	/** Drops the value: the graph changed. */
	public void invalidate() {
		synchronized (this) {
			this.generation.incrementAndGet();
			this.held = null;
		}
	}

}
