package io.tailor.jobs.queue;

import java.time.Duration;

import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.models.ServiceBusReceiveMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.azure.ServiceBusEmulatorContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.mssqlserver.MSSQLServerContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The Service Bus adapter against the Service Bus emulator, where a Docker engine exists
 * (GitHub Actions: {@code ./mvnw verify -pl services/jobs-core -Dgroups=servicebus}).
 */
@Tag("servicebus")
class ServiceBusJobQueueTest extends JobQueueContract {

	private static final Duration LOCK = Duration.ofSeconds(5);

	private static final String SKIPPED = "SKIPPED: no Docker engine here, so the Service Bus emulator contract suite "
			+ "does not run; it runs where Docker exists (CI's servicebus job)";

	private static Network network;

	private static MSSQLServerContainer sql;

	private static ServiceBusEmulatorContainer emulator;

	private static ServiceBusJobQueue queue;

	@BeforeAll
	static void startEmulator() {
		boolean docker = DockerClientFactory.instance().isDockerAvailable();
		if (!docker) {
			LoggerFactory.getLogger(ServiceBusJobQueueTest.class).warn(SKIPPED);
		}
		Assumptions.assumeTrue(docker, SKIPPED);
		network = Network.newNetwork();
		sql = new MSSQLServerContainer("mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04").acceptLicense()
			.withNetwork(network);
		sql.start();
		emulator = new ServiceBusEmulatorContainer("mcr.microsoft.com/azure-messaging/servicebus-emulator:1.1.2")
			.acceptLicense()
			.withConfig(MountableFile.forClasspathResource("servicebus-emulator.json"))
			.withNetwork(network)
			.withMsSqlServerContainer(sql);
		emulator.start();
		ServiceBusClientBuilder builder = new ServiceBusClientBuilder()
			.connectionString(emulator.getConnectionString());
		queue = new ServiceBusJobQueue(builder.sender().queueName("jobs").buildClient(),
				builder.receiver()
					.queueName("jobs")
					.receiveMode(ServiceBusReceiveMode.PEEK_LOCK)
					.prefetchCount(0)
					.disableAutoComplete()
					.maxAutoLockRenewDuration(Duration.ZERO)
					.buildClient(),
				new QueueProperties("servicebus", LOCK, MAX_DELIVERIES), Duration.ofSeconds(1));
	}

	@AfterAll
	static void stopEmulator() {
		if (queue != null) {
			queue.close();
			emulator.stop();
			sql.stop();
			network.close();
		}
	}

	@BeforeEach
	void drain() {
		queue.receive().ifPresent((d) -> {
			queue.complete(d);
			drain();
		});
	}

	@Override
	protected JobQueue queue() {
		return queue;
	}

	@Override
	protected Duration lease() {
		return LOCK;
	}

}
