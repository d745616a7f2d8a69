package org.vinculos.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements that the application sends through its driver, to show that a request's cost does not
 * grow with the number of items it returns.
 */
public class StatementCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	public int statements() {
		return this.statements.get();
	}

	public void reset() {
		this.statements.set(0);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver driver) ? proxy(Driver.class, driver) : bean;
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, arguments) -> {
			if (method.getName().equals("run")) {
				this.statements.incrementAndGet();
			}
			Object result;
			try {
				result = method.invoke(target, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Session session && !(result instanceof Proxy)) {
				return proxy(Session.class, session);
			}
			if (result instanceof Transaction transaction && !(result instanceof Proxy)) {
				return proxy(Transaction.class, transaction);
			}
			return result;
		});
	}

}
