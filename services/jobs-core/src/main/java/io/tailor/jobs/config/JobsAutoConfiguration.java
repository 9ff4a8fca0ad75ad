package io.tailor.jobs.config;

import java.time.Duration;

import javax.sql.DataSource;

import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusReceiverClient;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.messaging.servicebus.models.ServiceBusReceiveMode;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import io.tailor.jobs.blob.AzureBlobStore;
import io.tailor.jobs.blob.BlobProperties;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.blob.FileSystemBlobStore;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.queue.JobQueue;
import io.tailor.jobs.queue.PostgresJobQueue;
import io.tailor.jobs.outbox.Outbox;
import io.tailor.jobs.queue.QueueProperties;
import io.tailor.jobs.queue.ServiceBusJobQueue;
import io.tailor.jobs.queue.ServiceBusProperties;
import io.tailor.jobs.store.PostgresJobRepository;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/** The jobs library's beans: repository, queue and blob store adapters. */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration" })
@EnableConfigurationProperties({ QueueProperties.class, BlobProperties.class, ServiceBusProperties.class })
public class JobsAutoConfiguration {

	@Bean
	@ConditionalOnBean(DataSource.class)
	JobRepository jobRepository(DataSource dataSource) {
		return new PostgresJobRepository(JdbcClient.create(dataSource));
	}

	@Bean
	@ConditionalOnBean(DataSource.class)
	@ConditionalOnProperty(name = "tailor.queue.type", havingValue = "postgres", matchIfMissing = true)
	JobQueue postgresJobQueue(DataSource dataSource, QueueProperties properties) {
		return new PostgresJobQueue(JdbcClient.create(dataSource), properties);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "tailor.queue.type", havingValue = "servicebus")
	ServiceBusJobQueue serviceBusJobQueue(ServiceBusProperties serviceBus, QueueProperties properties) {
		ServiceBusClientBuilder builder = new ServiceBusClientBuilder();
		if (StringUtils.hasText(serviceBus.connectionString())) {
			builder.connectionString(serviceBus.connectionString());
		}
		else {
			builder.fullyQualifiedNamespace(serviceBus.namespace())
				.credential(new DefaultAzureCredentialBuilder().build());
		}
		ServiceBusSenderClient sender = builder.sender().queueName(serviceBus.queueName()).buildClient();
		ServiceBusReceiverClient receiver = builder.receiver()
			.queueName(serviceBus.queueName())
			.receiveMode(ServiceBusReceiveMode.PEEK_LOCK)
			.prefetchCount(0)
			.disableAutoComplete()
			.maxAutoLockRenewDuration(Duration.ZERO)
			.buildClient();
		return new ServiceBusJobQueue(sender, receiver, properties, serviceBus.receiveWait());
	}

	@Bean
	@ConditionalOnBean({ DataSource.class, PlatformTransactionManager.class })
	Outbox outbox(DataSource dataSource, PlatformTransactionManager transactions) {
		return new Outbox(JdbcClient.create(dataSource), new TransactionTemplate(transactions));
	}

	@Bean
	@ConditionalOnProperty(name = "tailor.blob.type", havingValue = "filesystem", matchIfMissing = true)
	BlobStore fileSystemBlobStore(BlobProperties properties) {
		return new FileSystemBlobStore(properties.filesystem().root());
	}

	@Bean
	@ConditionalOnProperty(name = "tailor.blob.type", havingValue = "azure")
	BlobStore azureBlobStore(BlobProperties properties) {
		return new AzureBlobStore(container(properties.azure()));
	}

	static BlobContainerClient container(BlobProperties.Azure azure) {
		if (StringUtils.hasText(azure.connectionString())) {
			BlobContainerClient client = new BlobServiceClientBuilder().connectionString(azure.connectionString())
				.buildClient()
				.getBlobContainerClient(azure.container());
			client.createIfNotExists();
			return client;
		}
		return new BlobServiceClientBuilder().endpoint(azure.endpoint())
			.credential(new DefaultAzureCredentialBuilder().build())
			.buildClient()
			.getBlobContainerClient(azure.container());
	}

}
