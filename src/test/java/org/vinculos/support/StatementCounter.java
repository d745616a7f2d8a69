package org.vinculos.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.BaseSession;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransaction;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application asks of its driver: the Cypher statements it sends, the explicit transactions it opens
 * (each a BEGIN and a COMMIT or ROLLBACK, two more round trips) and the sessions it opens, to show that a request's
 * cost does not grow with the number of items it returns. Statements run outside a transaction are auto-commit.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("run", "runAsync");

	private static final Set<String> TRANSACTIONS = Set.of("beginTransaction", "beginTransactionAsync", "executeRead",
			"executeReadAsync", "executeWrite", "executeWriteAsync", "executeWriteWithoutResult");

	private final AtomicInteger statements = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	private final AtomicInteger sessions = new AtomicInteger();

	public int statements() {
		return this.statements.get();
	}

	public int transactions() {
		return this.transactions.get();
	}

	public int sessions() {
		return this.sessions.get();
	}

	public void reset() {
		this.statements.set(0);
		this.transactions.set(0);
		this.sessions.set(0);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver driver) ? proxy(Driver.class, driver) : bean;
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, arguments) -> {
			if (STATEMENTS.contains(method.getName())) {
				this.statements.incrementAndGet();
			}
			else if (TRANSACTIONS.contains(method.getName())) {
				this.transactions.incrementAndGet();
			}
			Object result;
			try {
				result = method.invoke(target, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof BaseSession && !(result instanceof Proxy)) {
				this.sessions.incrementAndGet();
			}
			return switch (result) {
				case Proxy counted -> counted;
				case Session session -> proxy(Session.class, session);
				case AsyncSession session -> proxy(AsyncSession.class, session);
				case Transaction transaction -> proxy(Transaction.class, transaction);
				case AsyncTransaction transaction -> proxy(AsyncTransaction.class, transaction);
				case null, default -> result;
			};
		});
	}

}
