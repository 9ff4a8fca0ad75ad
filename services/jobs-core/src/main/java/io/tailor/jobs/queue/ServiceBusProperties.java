package io.tailor.jobs.queue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Service Bus queue: the namespace's host name (Entra ID through azure-identity,
 * workload identity in AKS) or a connection string (the emulator), the queue name, and
 * how long an idle receive waits.
 */
@ConfigurationProperties("tailor.servicebus")
public record ServiceBusProperties(String namespace, @DefaultValue("jobs") String queueName, String connectionString,
		@DefaultValue("1s") Duration receiveWait) {
}
