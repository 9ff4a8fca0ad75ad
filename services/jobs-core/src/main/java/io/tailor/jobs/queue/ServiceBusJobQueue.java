package io.tailor.jobs.queue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.azure.core.util.BinaryData;
import com.azure.messaging.servicebus.ServiceBusException;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusReceivedMessage;
import com.azure.messaging.servicebus.ServiceBusReceiverClient;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.messaging.servicebus.models.DeadLetterOptions;

/**
 * Azure Service Bus in peek-lock mode with explicit settlement and no prefetch. The lock
 * is the lease; the message id is the job id, so the namespace's duplicate detection
 * drops a second send of a queued job. A retry completes the delivery and schedules a new
 * message carrying the attempt count, which Service Bus's own delivery count does not
 * keep across messages.
 */
public class ServiceBusJobQueue implements JobQueue, AutoCloseable {

	static final String ATTEMPTS = "tailor-attempts";

	private final ServiceBusSenderClient sender;

	private final ServiceBusReceiverClient receiver;

	private final QueueProperties properties;

	private final Duration receiveWait;

	private final Map<String, ServiceBusReceivedMessage> inFlight = new ConcurrentHashMap<>();

	public ServiceBusJobQueue(ServiceBusSenderClient sender, ServiceBusReceiverClient receiver,
			QueueProperties properties, Duration receiveWait) {
		this.sender = sender;
		this.receiver = receiver;
		this.properties = properties;
		this.receiveWait = receiveWait;
	}

	@Override
	public void enqueue(JobMessage message) {
		this.sender.sendMessage(message(message, 0, message.jobId().toString()));
	}

	@Override
	public Optional<Delivery> receive() {
		for (ServiceBusReceivedMessage received : this.receiver.receiveMessages(1, this.receiveWait)) {
			this.inFlight.put(received.getLockToken(), received);
			int carried = ((Number) received.getApplicationProperties().getOrDefault(ATTEMPTS, 0)).intValue();
			return Optional
				.of(new Delivery(received.getMessageId(), JobMessageCodec.decode(received.getBody().toString()),
						carried + (int) received.getDeliveryCount(), received.getLockToken()));
		}
		return Optional.empty();
	}

	@Override
	public boolean complete(Delivery delivery) {
		return settle(delivery, this.receiver::complete);
	}

	@Override
	public boolean retry(Delivery delivery, Duration backoff, String error) {
		ServiceBusReceivedMessage received = this.inFlight.get(delivery.leaseToken());
		if (received == null) {
			return false;
		}
		String id = delivery.message().jobId() + "/" + (delivery.attempt() + 1);
		this.sender.scheduleMessage(message(delivery.message(), delivery.attempt(), id),
				OffsetDateTime.now().plus(backoff));
		return complete(delivery);
	}

	@Override
	public boolean deadLetter(Delivery delivery, String reason) {
		String code = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason;
		DeadLetterOptions options = new DeadLetterOptions().setDeadLetterReason(code)
			.setDeadLetterErrorDescription(reason);
		return settle(delivery, (m) -> this.receiver.deadLetter(m, options));
	}

	@Override
	public boolean renew(Delivery delivery) {
		ServiceBusReceivedMessage received = this.inFlight.get(delivery.leaseToken());
		if (received == null) {
			return false;
		}
		try {
			this.receiver.renewMessageLock(received);
			return true;
		}
		catch (ServiceBusException | IllegalStateException ex) {
			return false;
		}
	}

	@Override
	public int maxDeliveries() {
		return this.properties.maxDeliveries();
	}

	private boolean settle(Delivery delivery, Consumer<ServiceBusReceivedMessage> settlement) {
		ServiceBusReceivedMessage received = this.inFlight.remove(delivery.leaseToken());
		if (received == null) {
			return false;
		}
		try {
			settlement.accept(received);
			return true;
		}
		catch (ServiceBusException | IllegalStateException ex) {
			return false;
		}
	}

	private static ServiceBusMessage message(JobMessage message, int attempts, String id) {
		ServiceBusMessage sent = new ServiceBusMessage(BinaryData.fromString(JobMessageCodec.encode(message)))
			.setMessageId(id)
			.setContentType("application/json");
		sent.getApplicationProperties().put(ATTEMPTS, attempts);
		if (message.traceparent() != null) {
			sent.getApplicationProperties().put("traceparent", message.traceparent());
		}
		if (message.tracestate() != null) {
			sent.getApplicationProperties().put("tracestate", message.tracestate());
		}
		return sent;
	}

	@Override
	public void close() {
		this.receiver.close();
		this.sender.close();
	}

}
