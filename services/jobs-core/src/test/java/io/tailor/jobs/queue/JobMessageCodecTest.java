package io.tailor.jobs.queue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JobMessageCodecTest {

	@Test
	void roundTrips() {
		JobMessage message = new JobMessage(UUID.randomUUID(),
				"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null);
		assertThat(JobMessageCodec.decode(JobMessageCodec.encode(message))).isEqualTo(message);
	}

	@Test
	void ignoresFieldsAddedByNewerSenders() {
		UUID id = UUID.randomUUID();
		JobMessage decoded = JobMessageCodec.decode("{\"jobId\":\"" + id + "\",\"priority\":3}");
		assertThat(decoded.jobId()).isEqualTo(id);
	}

	@Test
	void refusesMessagesWithoutAJob() {
		assertThatIllegalArgumentException().isThrownBy(() -> JobMessageCodec.decode("{\"traceparent\":\"x\"}"));
		assertThatIllegalArgumentException().isThrownBy(() -> JobMessageCodec.decode("not json"));
	}

}
